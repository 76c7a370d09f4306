/* Files compiled into the binary (by scripts/embed.c at build time), so that
 * the schema and the OpenAPI document always match the code that uses them. */
#ifndef CACD_EMBEDDED_H
#define CACD_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;  /* base name, e.g. "001_schema.sql" */
	const char *text;  /* NUL-terminated */
	size_t length;
};

extern const struct embedded_file embedded_migrations[];
extern const size_t embedded_migrations_count;
extern const struct embedded_file embedded_functions[];
extern const size_t embedded_functions_count;
extern const struct embedded_file embedded_openapi[];
extern const size_t embedded_openapi_count;
/* service/form.css, the form's one stylesheet */
extern const struct embedded_file embedded_assets[];
extern const size_t embedded_assets_count;

#endif
