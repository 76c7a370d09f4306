/* `cacd probe`: asks the server this configuration describes whether it is
 * ready (GET /readyz on its listen address), for container health checks.
 * Reading the same configuration as `cacd serve` means the check follows
 * the listen address wherever it is set. */
#ifndef CACD_PROBE_H
#define CACD_PROBE_H

#include "config.h"

/* 0 when /readyz answered 200 within two seconds, else 1 (and a line on
 * stderr saying what failed). */
int probe_ready(const struct config *config);

#endif
