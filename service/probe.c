#include "probe.h"

#include <netdb.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* The whole probe answers within this, as a container health check must. */
#define PROBE_MILLISECONDS 2000

/* A wildcard listen address is reached through loopback. */
static const char *probe_host(const char *listen_host)
{
	if (strcmp(listen_host, "0.0.0.0") == 0 || listen_host[0] == '\0')
		return "127.0.0.1";
	if (strcmp(listen_host, "::") == 0)
		return "::1";
	return listen_host;
}

static bool probe_wait(int fd, short events)
{
	struct pollfd ready = { .fd = fd, .events = events };

	return poll(&ready, 1, PROBE_MILLISECONDS) == 1;
}

static int probe_connect(const char *host, long port)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *found = NULL;
	char service[16];
	int fd, error = 0;
	socklen_t length = sizeof(error);

	snprintf(service, sizeof(service), "%ld", port);
	if (getaddrinfo(host, service, &hints, &found) != 0)
		return -1;
	fd = socket(found->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd >= 0 && connect(fd, found->ai_addr, found->ai_addrlen) != 0 &&
	    (!probe_wait(fd, POLLOUT) ||
	     getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)) {
		close(fd);
		fd = -1;
	}
	freeaddrinfo(found);
	return fd;
}

/* Reads until the status line is complete: "HTTP/1.1 200 ..." */
static bool probe_status_ok(int fd)
{
	char line[64] = "";
	size_t used = 0;

	while (used < sizeof(line) - 1 && memchr(line, '\n', used) == NULL) {
		ssize_t got;

		if (!probe_wait(fd, POLLIN))
			return false;
		got = read(fd, line + used, sizeof(line) - 1 - used);
		if (got <= 0)
			return false;
		used += (size_t)got;
	}
	return strncmp(line, "HTTP/1.1 200 ", 13) == 0;
}

int probe_ready(const struct config *config)
{
	static const char request[] = "GET /readyz HTTP/1.1\r\nHost: localhost\r\n"
				      "Connection: close\r\n\r\n";
	const char *host = probe_host(config->listen_host);
	int fd = probe_connect(host, config->listen_port);
	bool ready;

	if (fd < 0) {
		fprintf(stderr, "probe: nothing answers on %s:%ld\n", host, config->listen_port);
		return 1;
	}
	ready = probe_wait(fd, POLLOUT) &&
		write(fd, request, sizeof(request) - 1) == (ssize_t)(sizeof(request) - 1) &&
		probe_status_ok(fd);
	close(fd);
	if (!ready) {
		fprintf(stderr, "probe: %s:%ld/readyz did not answer 200\n", host,
			config->listen_port);
		return 1;
	}
	return 0;
}
