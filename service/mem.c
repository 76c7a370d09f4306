#include "mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void mem_fail(size_t size)
{
	fprintf(stderr, "cacd: out of memory allocating %zu bytes\n", size);
	abort();
}

void *mem_alloc(size_t size)
{
	void *pointer = malloc(size ? size : 1);

	if (pointer == NULL)
		mem_fail(size);
	return pointer;
}

void *mem_calloc(size_t count, size_t size)
{
	void *pointer = calloc(count ? count : 1, size ? size : 1);

	if (pointer == NULL)
		mem_fail(count * size);
	return pointer;
}

void *mem_realloc(void *pointer, size_t size)
{
	void *grown = realloc(pointer, size ? size : 1);

	if (grown == NULL)
		mem_fail(size);
	return grown;
}

char *mem_strdup(const char *text)
{
	return mem_strndup(text, strlen(text));
}

char *mem_strndup(const char *text, size_t length)
{
	char *copy = mem_alloc(length + 1);

	memcpy(copy, text, length);
	copy[length] = '\0';
	return copy;
}

char *mem_printf(const char *format, ...)
{
	va_list arguments;
	int length;
	char *text;

	va_start(arguments, format);
	length = vsnprintf(NULL, 0, format, arguments);
	va_end(arguments);
	if (length < 0)
		abort();
	text = mem_alloc((size_t)length + 1);
	va_start(arguments, format);
	vsnprintf(text, (size_t)length + 1, format, arguments);
	va_end(arguments);
	return text;
}
