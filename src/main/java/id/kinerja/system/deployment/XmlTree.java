package id.kinerja.system.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A BPMN or DMN file as a tree of elements that know their line, read with namespaces and without
 * any DTD or external entity (as the engine reads it), so a refusal can say where.
 */
final class XmlTree {

  record Attribute(String namespace, String name, String value) {}

  static final class Element {
    final String namespace;
    final String name;
    final List<Attribute> attributes;
    final Element parent;
    final int line;
    final int column;
    final List<Element> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Element(String namespace, String name, List<Attribute> attributes, Element parent, int line, int column) {
      this.namespace = namespace;
      this.name = name;
      this.attributes = attributes;
      this.parent = parent;
      this.line = line;
      this.column = column;
    }

    /** The text directly inside this element (what the engine reads as its content). */
    String text() {
      return text.toString();
    }

    String attribute(String localName) {
      return attributes.stream().filter(a -> a.namespace().isEmpty() && a.name().equals(localName))
          .map(Attribute::value).findFirst().orElse(null);
    }

    /** The id of this element or of the nearest one around it that has an id. */
    String nearestId() {
      for (Element e = this; e != null; e = e.parent) {
        String id = e.attribute("id");
        if (id != null && !id.isBlank()) {
          return id;
        }
      }
      return null;
    }
  }

  private XmlTree() {}

  static Element parse(byte[] xml) throws SAXException, IOException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Handler handler = new Handler();
      factory.newSAXParser().parse(new ByteArrayInputStream(xml), handler);
      if (handler.root == null) {
        throw new SAXException("no root element");
      }
      return handler.root;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
    }
  }

  private static final class Handler extends DefaultHandler {
    private Locator locator;
    private Element current;
    private Element root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      List<Attribute> list = new ArrayList<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        list.add(new Attribute(attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i)));
      }
      Element element = new Element(uri, localName, list, current,
          locator == null ? -1 : locator.getLineNumber(), locator == null ? -1 : locator.getColumnNumber());
      if (current == null) {
        root = element;
      } else {
        current.children.add(element);
      }
      current = element;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      current = current.parent;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (current != null) {
        current.text.append(ch, start, length);
      }
    }
  }
}
