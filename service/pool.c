#include "pool.h"

#include <pthread.h>
#include <stdlib.h>

#include "db.h"
#include "mem.h"

struct pool {
	pthread_mutex_t lock;
	pthread_cond_t ready;
	void **jobs;           /* a ring of capacity slots */
	size_t capacity, head, count;
	bool stopping;
	pool_work work;
	void *context;
	unsigned thread_count;
	pthread_t *threads;
};

static void *pool_loop(void *argument)
{
	struct pool *pool = argument;

	for (;;) {
		void *job;

		pthread_mutex_lock(&pool->lock);
		while (pool->count == 0 && !pool->stopping)
			pthread_cond_wait(&pool->ready, &pool->lock);
		if (pool->count == 0) {
			pthread_mutex_unlock(&pool->lock);
			break;
		}
		job = pool->jobs[pool->head];
		pool->head = (pool->head + 1) % pool->capacity;
		pool->count--;
		pthread_mutex_unlock(&pool->lock);
		pool->work(job, pool->context);
	}
	db_thread_close();
	return NULL;
}

struct pool *pool_start(unsigned threads, size_t capacity, pool_work work, void *context)
{
	struct pool *pool = mem_calloc(1, sizeof(*pool));

	pthread_mutex_init(&pool->lock, NULL);
	pthread_cond_init(&pool->ready, NULL);
	pool->jobs = mem_calloc(capacity, sizeof(*pool->jobs));
	pool->capacity = capacity;
	pool->work = work;
	pool->context = context;
	pool->threads = mem_calloc(threads, sizeof(*pool->threads));
	for (; pool->thread_count < threads; pool->thread_count++) {
		if (pthread_create(&pool->threads[pool->thread_count], NULL, pool_loop, pool) != 0) {
			pool_stop(pool);
			pool_free(pool);
			return NULL;
		}
	}
	return pool;
}

bool pool_submit(struct pool *pool, void *job)
{
	bool queued = false;

	pthread_mutex_lock(&pool->lock);
	if (pool->count < pool->capacity && !pool->stopping) {
		pool->jobs[(pool->head + pool->count) % pool->capacity] = job;
		pool->count++;
		queued = true;
		pthread_cond_signal(&pool->ready);
	}
	pthread_mutex_unlock(&pool->lock);
	return queued;
}

size_t pool_waiting(struct pool *pool)
{
	size_t count;

	pthread_mutex_lock(&pool->lock);
	count = pool->count;
	pthread_mutex_unlock(&pool->lock);
	return count;
}

void pool_stop(struct pool *pool)
{
	if (pool == NULL)
		return;
	pthread_mutex_lock(&pool->lock);
	pool->stopping = true;
	pthread_cond_broadcast(&pool->ready);
	pthread_mutex_unlock(&pool->lock);
	for (unsigned i = 0; i < pool->thread_count; i++)
		pthread_join(pool->threads[i], NULL);
	pool->thread_count = 0;
}

void pool_free(struct pool *pool)
{
	if (pool == NULL)
		return;
	pthread_cond_destroy(&pool->ready);
	pthread_mutex_destroy(&pool->lock);
	free(pool->threads);
	free(pool->jobs);
	free(pool);
}
