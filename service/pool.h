/* The workers that do the requests' database work, apart from
 * libmicrohttpd's threads, so that those always have time for /healthz and
 * new connections. A bounded queue of jobs; each worker thread owns its
 * database connections (db.c) and closes them when it ends. */
#ifndef CACD_POOL_H
#define CACD_POOL_H

#include <stdbool.h>
#include <stddef.h>

#include "result.h"

struct pool;

typedef void (*pool_work)(void *job, void *context);

/* NULL when a thread cannot be started. */
struct pool *pool_start(unsigned threads, size_t capacity, pool_work work, void *context);

/* Queues a job; false when the queue is full. */
bool pool_submit(struct pool *pool, void *job) MUST_CHECK;

/* Jobs queued but not yet started. */
size_t pool_waiting(struct pool *pool);

/* Takes no more jobs, runs what is queued and ends the threads. */
void pool_stop(struct pool *pool);
/* After pool_stop, and once nothing can submit any more. */
void pool_free(struct pool *pool);

#endif
