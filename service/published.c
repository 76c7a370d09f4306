#include "published.h"

#include <stdatomic.h>

static atomic_ulong published_generation;
static atomic_bool published_heard;

bool published_on(void)
{
	return atomic_load(&published_heard);
}

unsigned long published_epoch(void)
{
	return atomic_load(&published_generation);
}

void published_forget_all(void)
{
	atomic_fetch_add(&published_generation, 1);
}

void published_listening(bool listening)
{
	atomic_fetch_add(&published_generation, 1);
	atomic_store(&published_heard, listening);
}
