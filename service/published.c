#include "published.h"

#include <stdatomic.h>

static atomic_ulong published_generation;

bool published_on(void)
{
	return true;
}

unsigned long published_epoch(void)
{
	return atomic_load(&published_generation);
}

void published_forget_all(void)
{
	atomic_fetch_add(&published_generation, 1);
}

/* Heard again: whatever changed meanwhile was not heard, so nothing kept
 * before is found again. Lost: what is kept stays usable meanwhile. */
void published_listening(bool listening)
{
	if (listening)
		atomic_fetch_add(&published_generation, 1);
}
