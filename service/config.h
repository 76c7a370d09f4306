/* Settings: a table of name, type, bounds and default (PgBouncer's CF_ABS,
 * Valkey's createIntConfig). Read from conf/cacd.conf (key = value), then
 * from CACD_<KEY> environment variables, which win. Parsing is pure so the
 * tests can feed it tables of text. */
#ifndef CACD_CONFIG_H
#define CACD_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "result.h"

struct config {
	char *database_url;      /* libpq connection string */
	char *read_database_url; /* optional replica for GET; "" = primary */
	char *listen;            /* "host:port" or "[v6]:port" */
	char *listen_host;       /* parsed from listen */
	long listen_port;
	long workers;            /* 0 = one per core */
	long min_group_size;
	long max_body_bytes;
	long reply_cache_bytes;     /* computed score replies kept (reply_cache.h) */
	long audit_retention_days;  /* audit log rows older than this go */
	long max_import_bytes;   /* bodies of POST /v1/waves/{id}/import */
	char *cors_origins;      /* "" = no CORS, "*" or comma-separated origins */
	char *form_url;          /* an outside form, "{code}" in it; "" = cacd's own */
	char *public_url;        /* where members reach cacd, for links to its form */
	bool member_confirmation; /* coordinators' members count toward k once confirmed */
	long max_connections;
	long max_connections_per_address;
	long request_deadline_seconds;
	long connection_timeout_seconds;
	long statement_timeout_ms;
	long db_timeout_ms;
	long import_timeout_ms;  /* db_timeout_ms and statement_timeout_ms of imports */
	long max_replica_lag_ms; /* reads go to the primary when the replica is further behind */
	long shutdown_grace_seconds;
	long database_connect_timeout_seconds;
	bool migrate_on_serve;
	bool access_log;
	char *log_format;        /* "text" (logfmt fields) or "json" (one object a line) */
};

enum config_type {
	CONFIG_STRING,
	CONFIG_INTEGER,
	CONFIG_BOOLEAN,
};

struct config_setting {
	const char *key;          /* as in cacd.conf; CACD_<KEY> in the environment */
	enum config_type type;
	long minimum;
	long maximum;
	const char *default_value;
	size_t offset;            /* of the field in struct config */
};

struct config_error {
	char message[256];
};

/* Fills every field with its default. Free with config_free. */
void config_defaults(struct config *config);
void config_free(struct config *config);

/* Parses the text of a configuration file; source names it in errors. */
enum result config_parse_text(struct config *config, const char *text,
			      const char *source, struct config_error *error) MUST_CHECK;

/* Applies CACD_* variables from a NULL-terminated environment; an unknown
 * CACD_ variable is an error, as an unknown key in the file is. */
enum result config_apply_environment(struct config *config, char *const *environment,
				     struct config_error *error) MUST_CHECK;

/* Sets one key from its text form, checking type and bounds. */
enum result config_set(struct config *config, const char *key, const char *value,
		       struct config_error *error) MUST_CHECK;

/* Reads path (when required is false, a missing file is not an error), then
 * the environment, then checks the settings together. */
enum result config_load(struct config *config, const char *path, bool required,
			char *const *environment, struct config_error *error) MUST_CHECK;

/* Checks what no single key can: a listen address that parses. */
enum result config_validate(struct config *config, struct config_error *error) MUST_CHECK;

const struct config_setting *config_settings(size_t *count);

#endif
