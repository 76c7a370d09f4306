#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#define FIELD(name) offsetof(struct config, name)

static const struct config_setting settings[] = {
	{ "database_url", CONFIG_STRING, 0, 0, "", FIELD(database_url) },
	{ "read_database_url", CONFIG_STRING, 0, 0, "", FIELD(read_database_url) },
	{ "listen", CONFIG_STRING, 0, 0, "127.0.0.1:8080", FIELD(listen) },
	{ "workers", CONFIG_INTEGER, 0, 256, "0", FIELD(workers) },
	{ "min_group_size", CONFIG_INTEGER, 1, 1000, "3", FIELD(min_group_size) },
	{ "max_body_bytes", CONFIG_INTEGER, 1024, 16777216, "65536", FIELD(max_body_bytes) },
	{ "max_import_bytes", CONFIG_INTEGER, 1024, 67108864, "16777216",
	  FIELD(max_import_bytes) },
	{ "cors_origins", CONFIG_STRING, 0, 0, "", FIELD(cors_origins) },
	{ "form_url", CONFIG_STRING, 0, 0, "", FIELD(form_url) },
	{ "public_url", CONFIG_STRING, 0, 0, "http://127.0.0.1:8080", FIELD(public_url) },
	{ "member_confirmation", CONFIG_BOOLEAN, 0, 1, "true", FIELD(member_confirmation) },
	{ "max_connections", CONFIG_INTEGER, 1, 100000, "1024", FIELD(max_connections) },
	{ "max_connections_per_address", CONFIG_INTEGER, 1, 100000, "64",
	  FIELD(max_connections_per_address) },
	{ "connection_timeout_seconds", CONFIG_INTEGER, 1, 3600, "30",
	  FIELD(connection_timeout_seconds) },
	{ "request_deadline_seconds", CONFIG_INTEGER, 1, 3600, "30",
	  FIELD(request_deadline_seconds) },
	{ "statement_timeout_ms", CONFIG_INTEGER, 10, 600000, "5000",
	  FIELD(statement_timeout_ms) },
	{ "db_timeout_ms", CONFIG_INTEGER, 100, 600000, "3000", FIELD(db_timeout_ms) },
	{ "import_timeout_ms", CONFIG_INTEGER, 100, 600000, "60000", FIELD(import_timeout_ms) },
	{ "max_replica_lag_ms", CONFIG_INTEGER, 0, 3600000, "1000", FIELD(max_replica_lag_ms) },
	{ "reply_cache_bytes", CONFIG_INTEGER, 0, 1073741824, "8388608",
	  FIELD(reply_cache_bytes) },
	{ "audit_retention_days", CONFIG_INTEGER, 1, 36500, "400", FIELD(audit_retention_days) },
	{ "shutdown_grace_seconds", CONFIG_INTEGER, 0, 3600, "10",
	  FIELD(shutdown_grace_seconds) },
	{ "database_connect_timeout_seconds", CONFIG_INTEGER, 1, 300, "3",
	  FIELD(database_connect_timeout_seconds) },
	{ "migrate_on_serve", CONFIG_BOOLEAN, 0, 1, "true", FIELD(migrate_on_serve) },
	{ "access_log", CONFIG_BOOLEAN, 0, 1, "true", FIELD(access_log) },
	{ "log_format", CONFIG_STRING, 0, 0, "text", FIELD(log_format) },
};

const struct config_setting *config_settings(size_t *count)
{
	*count = ARRAY_LENGTH(settings);
	return settings;
}

static void config_fail(struct config_error *error, const char *format, ...)
	PRINTF_LIKE(2, 3);

static void config_fail(struct config_error *error, const char *format, ...)
{
	va_list arguments;

	va_start(arguments, format);
	vsnprintf(error->message, sizeof(error->message), format, arguments);
	va_end(arguments);
}

static const struct config_setting *config_find(const char *key)
{
	for (size_t i = 0; i < ARRAY_LENGTH(settings); i++) {
		if (strcmp(settings[i].key, key) == 0)
			return &settings[i];
	}
	return NULL;
}

static enum result config_parse_integer(const struct config_setting *setting,
					const char *value, long *out,
					struct config_error *error)
{
	char *end = NULL;
	long number;

	errno = 0;
	number = strtol(value, &end, 10);
	if (*value == '\0' || *end != '\0' || errno == ERANGE) {
		config_fail(error, "%s: '%s' is not a whole number", setting->key, value);
		return RESULT_ERROR;
	}
	if (number < setting->minimum || number > setting->maximum) {
		config_fail(error, "%s: %ld is out of range %ld..%ld", setting->key,
			    number, setting->minimum, setting->maximum);
		return RESULT_ERROR;
	}
	*out = number;
	return RESULT_OK;
}

static enum result config_parse_boolean(const struct config_setting *setting,
					const char *value, bool *out,
					struct config_error *error)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };

	for (size_t i = 0; i < ARRAY_LENGTH(yes); i++) {
		if (strcasecmp(value, yes[i]) == 0) {
			*out = true;
			return RESULT_OK;
		}
		if (strcasecmp(value, no[i]) == 0) {
			*out = false;
			return RESULT_OK;
		}
	}
	config_fail(error, "%s: '%s' is not true or false", setting->key, value);
	return RESULT_ERROR;
}

enum result config_set(struct config *config, const char *key, const char *value,
		       struct config_error *error)
{
	const struct config_setting *setting = config_find(key);
	char *field;

	if (setting == NULL) {
		config_fail(error, "unknown key '%s'", key);
		return RESULT_ERROR;
	}
	field = (char *)config + setting->offset;
	switch (setting->type) {
	case CONFIG_INTEGER:
		return config_parse_integer(setting, value, (long *)(void *)field, error);
	case CONFIG_BOOLEAN:
		return config_parse_boolean(setting, value, (bool *)(void *)field, error);
	case CONFIG_STRING:
		free(*(char **)(void *)field);
		*(char **)(void *)field = mem_strdup(value);
		return RESULT_OK;
	}
	return RESULT_ERROR;
}

void config_defaults(struct config *config)
{
	struct config_error error;

	memset(config, 0, sizeof(*config));
	for (size_t i = 0; i < ARRAY_LENGTH(settings); i++) {
		if (config_set(config, settings[i].key, settings[i].default_value,
			       &error) != RESULT_OK)
			abort(); /* a default outside its own bounds is a programming error */
	}
}

void config_free(struct config *config)
{
	for (size_t i = 0; i < ARRAY_LENGTH(settings); i++) {
		if (settings[i].type == CONFIG_STRING) {
			char **field = (char **)(void *)((char *)config + settings[i].offset);

			free(*field);
			*field = NULL;
		}
	}
	free(config->listen_host);
	config->listen_host = NULL;
}

static char *config_trim(char *text)
{
	char *end;

	while (isspace((unsigned char)*text))
		text++;
	end = text + strlen(text);
	while (end > text && isspace((unsigned char)end[-1]))
		end--;
	*end = '\0';
	return text;
}

/* A value may be wrapped in double quotes to keep spaces or '#'. */
static enum result config_unquote(char **value)
{
	size_t length = strlen(*value);

	if (length == 0 || (*value)[0] != '"')
		return RESULT_OK;
	if (length < 2 || (*value)[length - 1] != '"')
		return RESULT_ERROR;
	(*value)[length - 1] = '\0';
	(*value)++;
	return RESULT_OK;
}

static void config_strip_comment(char *line)
{
	bool quoted = false;

	for (char *at = line; *at != '\0'; at++) {
		if (*at == '"')
			quoted = !quoted;
		else if (*at == '#' && !quoted) {
			*at = '\0';
			return;
		}
	}
}

static enum result config_parse_line(struct config *config, char *line,
				     struct config_error *error)
{
	char *equals, *key, *value;

	config_strip_comment(line);
	key = config_trim(line);
	if (*key == '\0')
		return RESULT_OK;
	equals = strchr(key, '=');
	if (equals == NULL) {
		config_fail(error, "expected 'key = value'");
		return RESULT_ERROR;
	}
	*equals = '\0';
	key = config_trim(key);
	value = config_trim(equals + 1);
	if (config_unquote(&value) != RESULT_OK) {
		config_fail(error, "%s: unterminated quote", key);
		return RESULT_ERROR;
	}
	return config_set(config, key, value, error);
}

enum result config_parse_text(struct config *config, const char *text,
			      const char *source, struct config_error *error)
{
	char *copy = mem_strdup(text);
	char *cursor = copy;
	enum result result = RESULT_OK;

	for (int line_number = 1; cursor != NULL; line_number++) {
		char *line = cursor;
		char *newline = strchr(cursor, '\n');
		struct config_error line_error;

		if (newline != NULL)
			*newline = '\0';
		cursor = newline ? newline + 1 : NULL;
		if (config_parse_line(config, line, &line_error) != RESULT_OK) {
			config_fail(error, "%s:%d: %s", source, line_number,
				    line_error.message);
			result = RESULT_ERROR;
			break;
		}
	}
	free(copy);
	return result;
}

static void config_key_from_variable(const char *name, size_t length, char *key,
				     size_t key_size)
{
	size_t i;

	for (i = 0; i < length && i + 1 < key_size; i++)
		key[i] = (char)tolower((unsigned char)name[i]);
	key[i] = '\0';
}

static char *config_read_file(const char *path, bool *missing);

static bool config_environment_has(char *const *environment, const char *name, size_t length)
{
	for (char *const *entry = environment; entry && *entry; entry++) {
		if (strncmp(*entry, name, length) == 0 && (*entry)[length] == '=')
			return true;
	}
	return false;
}

/* CACD_<KEY>_FILE=PATH: the value is the file's content, without the line
 * end, so secrets (a database URL with its password) can come from a file
 * such as a Docker or systemd secret instead of the environment. */
static enum result config_apply_file_variable(struct config *config, char *const *environment,
					      const char *entry, size_t name_length,
					      const char *key, struct config_error *error)
{
	const char *path = entry + name_length + 1;
	size_t variable_length = name_length - strlen("_FILE");
	struct config_error key_error;
	bool missing;
	char *text;
	size_t length;
	enum result result;

	if (config_environment_has(environment, entry, variable_length)) {
		config_fail(error, "environment: set %.*s or %.*s, not both", (int)variable_length,
			    entry, (int)name_length, entry);
		return RESULT_ERROR;
	}
	text = config_read_file(path, &missing);
	if (text == NULL) {
		config_fail(error, "environment %.*s: cannot read %s: %s", (int)name_length, entry,
			    path, strerror(errno));
		return RESULT_ERROR;
	}
	length = strlen(text);
	while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\r'))
		text[--length] = '\0';
	result = config_set(config, key, text, &key_error);
	free(text);
	if (result != RESULT_OK)
		config_fail(error, "environment %.*s: %s", (int)name_length, entry,
			    key_error.message);
	return result;
}

enum result config_apply_environment(struct config *config, char *const *environment,
				     struct config_error *error)
{
	static const char prefix[] = "CACD_", file_suffix[] = "_FILE";

	for (char *const *entry = environment; entry && *entry; entry++) {
		const char *name = *entry + sizeof(prefix) - 1;
		const char *equals = strchr(*entry, '=');
		size_t name_length;
		char key[64];
		struct config_error key_error;

		if (strncmp(*entry, prefix, sizeof(prefix) - 1) != 0 || equals == NULL)
			continue;
		/* CACD_CONFIG names the file itself and is not a setting. */
		if (strncmp(*entry, "CACD_CONFIG=", 12) == 0)
			continue;
		name_length = (size_t)(equals - *entry);
		if ((size_t)(equals - name) > strlen(file_suffix) &&
		    strncmp(equals - strlen(file_suffix), file_suffix, strlen(file_suffix)) == 0) {
			config_key_from_variable(name, (size_t)(equals - name) - strlen(file_suffix),
						 key, sizeof(key));
			if (config_find(key) != NULL) {
				if (config_apply_file_variable(config, environment, *entry,
							       name_length, key,
							       error) != RESULT_OK)
					return RESULT_ERROR;
				continue;
			}
		}
		config_key_from_variable(name, (size_t)(equals - name), key, sizeof(key));
		if (config_set(config, key, equals + 1, &key_error) != RESULT_OK) {
			config_fail(error, "environment %.*s: %s", (int)name_length, *entry,
				    key_error.message);
			return RESULT_ERROR;
		}
	}
	return RESULT_OK;
}

static enum result config_split_listen(const char *listen, char **host, long *port)
{
	const char *colon;
	char *end = NULL;
	long number;

	if (listen[0] == '[') {
		const char *close = strchr(listen, ']');

		if (close == NULL || close[1] != ':')
			return RESULT_ERROR;
		*host = mem_strndup(listen + 1, (size_t)(close - listen - 1));
		colon = close + 1;
	} else {
		colon = strrchr(listen, ':');
		if (colon == NULL || colon == listen)
			return RESULT_ERROR;
		*host = mem_strndup(listen, (size_t)(colon - listen));
	}
	errno = 0;
	number = strtol(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || errno != 0 || number < 0 || number > 65535) {
		free(*host);
		*host = NULL;
		return RESULT_ERROR;
	}
	*port = number;
	return RESULT_OK;
}

static bool config_origins_valid(const char *origins)
{
	if (strcmp(origins, "*") == 0 || *origins == '\0')
		return true;
	/* Each origin is scheme://host[:port]; no paths, no spaces. */
	for (const char *at = origins; *at != '\0'; at++) {
		if (isspace((unsigned char)*at) || *at == '*')
			return false;
	}
	return strncmp(origins, "http://", 7) == 0 || strncmp(origins, "https://", 8) == 0;
}

static bool config_is_http_url(const char *url)
{
	return strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0;
}

/* A link is only useful when it leads to a web form and carries the code
 * ({token} is its old name). */
static bool config_form_url_valid(const char *url)
{
	if (*url == '\0')
		return true;
	return config_is_http_url(url) &&
	       (strstr(url, "{code}") != NULL || strstr(url, "{token}") != NULL);
}

/* Where members reach cacd: an http(s) address without a trailing slash. */
static bool config_public_url_valid(const char *url)
{
	size_t length = strlen(url);

	return config_is_http_url(url) && url[length - 1] != '/' &&
	       strpbrk(url, " \"'<>\\?#") == NULL;
}

enum result config_validate(struct config *config, struct config_error *error)
{
	free(config->listen_host);
	config->listen_host = NULL;
	if (config_split_listen(config->listen, &config->listen_host,
				&config->listen_port) != RESULT_OK) {
		config_fail(error, "listen: '%s' is not host:port", config->listen);
		return RESULT_ERROR;
	}
	if (!config_origins_valid(config->cors_origins)) {
		config_fail(error, "cors_origins: '%s' is not '*' or a comma-separated "
			    "list of http(s) origins", config->cors_origins);
		return RESULT_ERROR;
	}
	if (!config_form_url_valid(config->form_url)) {
		config_fail(error, "form_url: '%s' is not an http(s) address with {code} in it",
			    config->form_url);
		return RESULT_ERROR;
	}
	if (!config_public_url_valid(config->public_url)) {
		config_fail(error, "public_url: '%s' is not an http(s) address without a "
			    "trailing /, query or quotes", config->public_url);
		return RESULT_ERROR;
	}
	if (strcmp(config->log_format, "text") != 0 && strcmp(config->log_format, "json") != 0) {
		config_fail(error, "log_format: '%s' is not text or json", config->log_format);
		return RESULT_ERROR;
	}
	return RESULT_OK;
}

static char *config_read_file(const char *path, bool *missing)
{
	FILE *file = fopen(path, "rb");
	int saved_errno = errno;
	char *text = NULL;
	size_t length = 0, capacity = 0, got;

	*missing = file == NULL && saved_errno == ENOENT;
	errno = saved_errno;
	if (file == NULL)
		return NULL;
	do {
		if (capacity - length < 4096) {
			capacity = capacity ? capacity * 2 : 8192;
			text = mem_realloc(text, capacity + 1);
		}
		got = fread(text + length, 1, capacity - length, file);
		length += got;
	} while (got > 0);
	if (ferror(file)) {
		free(text);
		text = NULL;
	} else {
		text[length] = '\0';
	}
	fclose(file);
	return text;
}

enum result config_load(struct config *config, const char *path, bool required,
			char *const *environment, struct config_error *error)
{
	if (path != NULL) {
		bool missing = false;
		char *text = config_read_file(path, &missing);
		enum result result;

		if (text == NULL && (required || !missing)) {
			config_fail(error, "%s: cannot read: %s", path, strerror(errno));
			return RESULT_ERROR;
		}
		if (text != NULL) {
			result = config_parse_text(config, text, path, error);
			free(text);
			if (result != RESULT_OK)
				return result;
		}
	}
	if (config_apply_environment(config, environment, error) != RESULT_OK)
		return RESULT_ERROR;
	return config_validate(config, error);
}
