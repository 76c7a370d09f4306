/* The commands of the cacd binary: serve, migrate, token create. Each
 * returns the process exit status. */
#ifndef CACD_CLI_H
#define CACD_CLI_H

#include "config.h"

#define CACD_VERSION "0.1.0"

int cli_serve(const struct config *config);
int cli_migrate(const struct config *config);
int cli_token_create(const struct config *config, int argc, char **argv);

#endif
