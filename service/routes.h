/* The route table: every path the service answers, its method, handler and
 * the roles that may call it. */
#ifndef CACD_ROUTES_H
#define CACD_ROUTES_H

#include <stddef.h>

#include "router.h"

const struct route *routes_table(size_t *count);

#endif
