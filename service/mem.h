/* Allocation wrappers: running out of memory aborts the process here, in one
 * place, so callers never carry an allocation-failure path (Kore mem.c). */
#ifndef CACD_MEM_H
#define CACD_MEM_H

#include <stddef.h>

#include "result.h"

void *mem_alloc(size_t size);                /* caller frees */
void *mem_calloc(size_t count, size_t size); /* caller frees */
void *mem_realloc(void *pointer, size_t size);
char *mem_strdup(const char *text);          /* caller frees */
char *mem_strndup(const char *text, size_t length); /* caller frees */
char *mem_printf(const char *format, ...) PRINTF_LIKE(1, 2); /* caller frees */

#endif
