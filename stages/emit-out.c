/*
 * emit-out.c: captive-emit's output files, gzip-compressed by lib/gzout
 * (fixed header, level 9: the same input gives the same bytes); each file
 * goes through DIR/.NAME.tmp and rename(), so a failed run leaves the
 * previous file or none, never half of one.  The XML is the JSON
 * tree walked generically: an object member or array is an element of that
 * name, an array's items are elements of the singular name ("aliases" ->
 * "alias", "persons" -> "person"), scalars are text, nulls are left out.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <libxml/xmlwriter.h>
#include "atomicfile.h"
#include "emit.h"
#include "msg.h"


/* The element name of an item of the array called name. */
static void
out_singular(char *out, size_t n, const char *name)
{
	size_t len = strlen(name);

	snprintf(out, n, "%s", name);
	if (len >= n)
		return;
	if (len > 3 && strcmp(name + len - 3, "ses") == 0)
		out[len - 2] = '\0';
	else if (len > 3 && strcmp(name + len - 3, "ies") == 0)
		strcpy(out + len - 3, "y");
	else if (len > 1 && name[len - 1] == 's')
		out[len - 1] = '\0';
	else
		snprintf(out, n, "item");
}

/* XML 1.0 has no C0 controls but tab, LF, CR: they become spaces. */
static const xmlChar *out_text(struct buf *b, const char *s)
{
	buf_reset(b);
	for (; *s; s++)
		buf_addc(b, ((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' &&
			     *s != '\r') ? ' ' : *s);
	return (const xmlChar *)b->data;
}

static int
out_value(xmlTextWriterPtr w, struct buf *b, const char *name, json_t *v)
{
	const char *key;
	char item[128];
	json_t *x;
	size_t i;
	int rc = 0;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		rc |= xmlTextWriterStartElement(w, BAD_CAST name) < 0;
		json_object_foreach(v, key, x)
			rc |= out_value(w, b, key, x);
		rc |= xmlTextWriterEndElement(w) < 0;
		break;
	case JSON_ARRAY:
		out_singular(item, sizeof(item), name);
		rc |= xmlTextWriterStartElement(w, BAD_CAST name) < 0;
		json_array_foreach(v, i, x)
			rc |= out_value(w, b, item, x);
		rc |= xmlTextWriterEndElement(w) < 0;
		break;
	case JSON_STRING:
		rc |= xmlTextWriterWriteElement(w, BAD_CAST name,
						out_text(b, json_string_value(v))) < 0;
		break;
	case JSON_INTEGER:
		rc |= xmlTextWriterWriteFormatElement(w, BAD_CAST name,
				"%" JSON_INTEGER_FORMAT, json_integer_value(v)) < 0;
		break;
	case JSON_REAL:
		rc |= xmlTextWriterWriteFormatElement(w, BAD_CAST name, "%.17g",
						      json_real_value(v)) < 0;
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		rc |= xmlTextWriterWriteElement(w, BAD_CAST name,
				BAD_CAST (json_is_true(v) ? "true" : "false")) < 0;
		break;
	case JSON_NULL:
		break;
	}
	return rc;
}

void
emit_xml(struct buf *out, json_t *tree)
{
	xmlBufferPtr xb = xmlBufferCreate();
	xmlTextWriterPtr w;
	struct buf text = BUF_INIT;
	const char *key;
	json_t *v;
	int rc = 0;

	if (xb == NULL || (w = xmlNewTextWriterMemory(xb, 0)) == NULL)
		die("libxml2: cannot create the XML writer");
	rc |= xmlTextWriterSetIndent(w, 1) < 0;
	rc |= xmlTextWriterSetIndentString(w, BAD_CAST " ") < 0;
	rc |= xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0;
	rc |= xmlTextWriterStartElement(w, BAD_CAST "captive") < 0;
	rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:xsi",
			BAD_CAST "http://www.w3.org/2001/XMLSchema-instance") < 0;
	rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "xsi:noNamespaceSchemaLocation",
			BAD_CAST "captive.xsd") < 0;
	json_object_foreach(tree, key, v)
		rc |= out_value(w, &text, key, v);
	rc |= xmlTextWriterEndDocument(w) < 0;
	xmlFreeTextWriter(w);	/* flushes into xb */
	if (rc)
		die("libxml2: cannot write the XML tree");
	buf_add(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	xmlBufferFree(xb);
	buf_release(&text);
}
