/* The floor for /healthz in `make bench`: libmicrohttpd with cacd's thread
 * pool, limits and time-outs, answering {"status":"ok"} to everything and
 * doing nothing else.
 *   bare PORT WORKERS     serves on 127.0.0.1:PORT until SIGINT or SIGTERM */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char body[] = "{\"status\":\"ok\"}";

static enum MHD_Result bare_access(void *cls, struct MHD_Connection *connection, const char *url,
				   const char *method, const char *version,
				   const char *upload_data, size_t *upload_data_size, void **state)
{
	struct MHD_Response *response;
	enum MHD_Result queued;

	(void)cls, (void)url, (void)method, (void)version, (void)upload_data;
	(void)upload_data_size;
	if (*state == NULL) {
		*state = (void *)1;
		return MHD_YES;
	}
	response = MHD_create_response_from_buffer(sizeof(body) - 1, (void *)body,
						   MHD_RESPMEM_PERSISTENT);
	MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
	queued = MHD_queue_response(connection, MHD_HTTP_OK, response);
	MHD_destroy_response(response);
	return queued;
}

int main(int argc, char **argv)
{
	struct sockaddr_in address = { .sin_family = AF_INET };
	struct MHD_Daemon *daemon;
	sigset_t signals;
	int received;

	if (argc != 3) {
		fprintf(stderr, "usage: bare PORT WORKERS\n");
		return 2;
	}
	address.sin_port = htons((unsigned short)atoi(argv[1]));
	address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sigemptyset(&signals);
	sigaddset(&signals, SIGINT);
	sigaddset(&signals, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &signals, NULL);
	daemon = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL,
				  bare_access, NULL, MHD_OPTION_SOCK_ADDR, &address,
				  MHD_OPTION_THREAD_POOL_SIZE, (unsigned)atoi(argv[2]),
				  MHD_OPTION_CONNECTION_LIMIT, 1024u,
				  MHD_OPTION_CONNECTION_TIMEOUT, 30u,
				  MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536, MHD_OPTION_END);
	if (daemon == NULL)
		return 1;
	printf("listening on 127.0.0.1:%s\n", argv[1]);
	fflush(stdout);
	sigwait(&signals, &received);
	MHD_stop_daemon(daemon);
	return 0;
}
