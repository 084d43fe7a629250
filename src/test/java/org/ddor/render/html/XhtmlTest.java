package org.ddor.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    void escapesTextAndAttributes() {
        String written = new Xhtml().element("p", "a < b & c > \"d\"", "title", "x \"y\" <z> & w\nv").finish();
        assertThat(written).isEqualTo("<p title=\"x &quot;y&quot; &lt;z&gt; &amp; w v\">a &lt; b &amp; c &gt; \"d\"</p>");
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertThat(new Xhtml().text("bell\u0007 and \uFFFF").finish()).isEqualTo("bell\uFFFD and \uFFFD");
    }

    @Test
    void leavesOutNullAttributesAndWritesEmptyElements() {
        assertThat(new Xhtml().open("td", "class", null, "id", "x").close().empty("br").finish())
                .isEqualTo("<td id=\"x\"></td><br/>");
    }

    @Test
    void closeThroughClosesInnerElements() {
        assertThat(new Xhtml().open("table").open("tbody").open("tr").closeThrough("table").finish())
                .isEqualTo("<table><tbody><tr></tr></tbody></table>");
    }

    @Test
    void refusesUnbalancedOrUnsafeUse() {
        assertThatThrownBy(() -> new Xhtml().open("div").finish()).hasMessage("elements still open: [div]");
        assertThatThrownBy(() -> new Xhtml().close()).hasMessage("no element is open");
        assertThatThrownBy(() -> new Xhtml().closeThrough("p")).hasMessage("element <p> is not open");
        assertThatThrownBy(() -> new Xhtml().verbatim("a { } </style>")).hasMessage("verbatim text must not contain '<' or '&'");
        assertThatThrownBy(() -> new Xhtml().open("p onclick=x")).hasMessage("'p onclick=x' is not an element or attribute name");
        assertThatThrownBy(() -> new Xhtml().open("p", "class")).hasMessage("attributes of <p> must be name/value pairs");
    }
}
