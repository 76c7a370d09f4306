/* $metadata: the feed's CSDL (OData v4 Common Schema Definition Language,
 * XML), made from the sets' own property tables, so it cannot say other
 * than what the sets answer. */
#include "odata.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

struct odata_xml {
	char *text;
	size_t length;
};

static void odata_xml_add(struct odata_xml *xml, const char *format, ...) PRINTF_LIKE(2, 3);

/* Appends text; every name written is one of cacd's own (no escaping
 * needed: letters, digits and _). */
static void odata_xml_add(struct odata_xml *xml, const char *format, ...)
{
	va_list arguments;
	char *piece;
	size_t length;

	va_start(arguments, format);
	length = (size_t)vsnprintf(NULL, 0, format, arguments);
	va_end(arguments);
	piece = mem_alloc(length + 1);
	va_start(arguments, format);
	vsnprintf(piece, length + 1, format, arguments);
	va_end(arguments);
	xml->text = mem_realloc(xml->text, xml->length + length + 1);
	memcpy(xml->text + xml->length, piece, length + 1);
	xml->length += length;
	free(piece);
}

static const char *odata_edm_type(enum odata_type type)
{
	static const char *const names[] = { "Edm.String", "Edm.Guid", "Edm.Int64", "Edm.Double",
					     "Edm.Boolean", "Edm.DateTimeOffset" };

	return names[type];
}

static void odata_xml_entity_type(struct odata_xml *xml, const struct odata_set *set,
				  const struct odata_property *properties, size_t count)
{
	odata_xml_add(xml, "<EntityType Name=\"%s\"><Key>", set->type);
	for (size_t k = 0; k < ODATA_MAX_KEYS && set->keys[k] != NULL; k++)
		odata_xml_add(xml, "<PropertyRef Name=\"%s\"/>", set->keys[k]);
	odata_xml_add(xml, "</Key>");
	for (size_t i = 0; i < count; i++)
		odata_xml_add(xml, "<Property Name=\"%s\" Type=\"%s\" Nullable=\"%s\"/>",
			      properties[i].name, odata_edm_type(properties[i].type),
			      properties[i].nullable ? "true" : "false");
	odata_xml_add(xml, "</EntityType>");
}

char *odata_metadata_xml(struct http_request *request, size_t *length)
{
	struct odata_xml xml = { 0 };
	size_t set_count;
	const struct odata_set *sets = odata_sets(&set_count);

	odata_xml_add(&xml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
			    "<edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\" "
			    "Version=\"4.0\"><edmx:DataServices>"
			    "<Schema xmlns=\"http://docs.oasis-open.org/odata/ns/edm\" "
			    "Namespace=\"cacd\">");
	for (size_t i = 0; i < set_count; i++) {
		size_t count;
		void *storage;
		const struct odata_property *properties =
			odata_set_properties(request, &sets[i], &count, &storage);

		if (properties == NULL) {
			free(xml.text);
			return NULL;
		}
		odata_xml_entity_type(&xml, &sets[i], properties, count);
		free(storage);
	}
	odata_xml_add(&xml, "<EntityContainer Name=\"Container\">");
	for (size_t i = 0; i < set_count; i++)
		odata_xml_add(&xml, "<EntitySet Name=\"%s\" EntityType=\"cacd.%s\"/>", sets[i].name,
			      sets[i].type);
	odata_xml_add(&xml, "</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>");
	*length = xml.length;
	return xml.text;
}
