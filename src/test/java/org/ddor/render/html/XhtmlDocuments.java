package org.ddor.render.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test support: parses a rendered report as XML (failing when it is not well-formed) and queries it. */
final class XhtmlDocuments {

    private XhtmlDocuments() {
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the report is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    static List<Element> select(Document document, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + xpath, e);
        }
    }

    static Element one(Document document, String xpath) {
        List<Element> elements = select(document, xpath);
        if (elements.size() != 1) {
            throw new AssertionError("expected one element for " + xpath + ", found " + elements.size());
        }
        return elements.get(0);
    }

    static List<String> texts(Document document, String xpath) {
        return select(document, xpath).stream().map(element -> element.getTextContent().strip()).toList();
    }
}
