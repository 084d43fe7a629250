select min(issued), max(issued) from detainer;
