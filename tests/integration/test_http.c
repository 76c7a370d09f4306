/* HTTP that could be read two ways is refused, paths with control
 * characters too, bodies stop at the limit however they are framed, and
 * one address cannot take every connection. Raw sockets on loopback, so
 * the bytes on the wire are exactly the test's. */
#include <arpa/inet.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "world.h"

TestSuite(http, .init = server_setup, .fini = server_teardown, .timeout = 60);

/* A connection to the server from a loopback address of our choice. */
static int http_connect(const char *from)
{
	struct sockaddr_in local = { .sin_family = AF_INET }, remote = { .sin_family = AF_INET };
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	cr_assert(fd >= 0);
	inet_pton(AF_INET, from, &local.sin_addr);
	cr_assert_eq(bind(fd, (struct sockaddr *)&local, sizeof(local)), 0, "bind %s", from);
	inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
	remote.sin_port = htons((unsigned short)server_port());
	cr_assert_eq(connect(fd, (struct sockaddr *)&remote, sizeof(remote)), 0);
	return fd;
}

/* What the server sends until it closes, or until seconds pass. */
static char *http_read_all(int fd, int seconds, bool *closed)
{
	char *text = calloc(1, 65536);
	size_t used = 0;
	struct pollfd wait = { .fd = fd, .events = POLLIN };

	*closed = false;
	while (used < 65535 && poll(&wait, 1, seconds * 1000) > 0) {
		ssize_t got = read(fd, text + used, 65535 - used);

		if (got <= 0) {
			*closed = true;
			break;
		}
		used += (size_t)got;
	}
	return text;
}

static char *http_exchange(const char *bytes, bool *closed)
{
	int fd = http_connect("127.0.0.1");
	char *reply;

	cr_assert_eq(write(fd, bytes, strlen(bytes)), (ssize_t)strlen(bytes));
	reply = http_read_all(fd, 3, closed);
	close(fd);
	return reply;
}

static int http_count(const char *text, const char *what)
{
	int count = 0;

	for (const char *at = text; (at = strstr(at, what)) != NULL; at += strlen(what))
		count++;
	return count;
}

Test(http, content_length_with_transfer_encoding_is_400_and_closes)
{
	bool closed;
	char *reply = http_exchange("POST /v1/tokens HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
				    "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
				    "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", &closed);

	cr_assert(strncmp(reply, "HTTP/1.1 400", 12) == 0, "%s", reply);
	cr_assert(strstr(reply, "application/problem+json") != NULL, "%s", reply);
	cr_assert_eq(http_count(reply, "HTTP/1.1 "), 1, "the request behind was answered: %s", reply);
	cr_assert(closed, "the connection stayed open");
	free(reply);
}

Test(http, differing_content_lengths_and_a_missing_host_are_400)
{
	bool closed;
	char *reply = http_exchange("POST /v1/tokens HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
				    "Content-Length: 9\r\n\r\n{}", &closed);

	cr_assert(strncmp(reply, "HTTP/1.1 400", 12) == 0, "%s", reply);
	free(reply);
	reply = http_exchange("GET /healthz HTTP/1.1\r\n\r\n", &closed);
	cr_assert(strncmp(reply, "HTTP/1.1 400", 12) == 0, "%s", reply);
	free(reply);
	reply = http_exchange("GET /healthz HTTP/1.0\r\n\r\n", &closed);
	cr_assert(strncmp(reply, "HTTP/1.1 200", 12) == 0 || strncmp(reply, "HTTP/1.0 200", 12) == 0,
		  "HTTP/1.0 needs no Host: %s", reply);
	free(reply);
}

/* A header name with white space ("Content-Length : 52") or a character
 * outside RFC 9110's token: a lenient proxy may read it one way and the
 * server another, so the body behind must never be answered as a second
 * request. 400, and the connection closes. */
Test(http, a_header_name_outside_the_token_set_is_400_and_closes)
{
	static const char *const names[] = { "Content-Length :", "Content Length:", "X-A@b:",
					      "X-\"q\":" };
	char bytes[512];

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		bool closed;
		char *reply;

		snprintf(bytes, sizeof(bytes), "POST /v1/tokens HTTP/1.1\r\nHost: x\r\n%s 35\r\n\r\n"
			 "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", names[i]);
		reply = http_exchange(bytes, &closed);
		cr_assert(strncmp(reply, "HTTP/1.1 400", 12) == 0, "%s: %s", names[i], reply);
		cr_assert_eq(http_count(reply, "HTTP/1.1 "), 1, "%s: the body was answered: %s",
			     names[i], reply);
		cr_assert(closed, "%s: the connection stayed open", names[i]);
		free(reply);
	}
}

/* Two Authorization headers: which one counts would be a guess. */
Test(http, two_authorization_headers_are_400)
{
	char *admin = token_create("admin", NULL);
	char header[160];
	const char *headers[] = { header, NULL };
	struct reply *reply;

	snprintf(header, sizeof(header), "Authorization: Bearer %s", admin);
	reply = api_with_headers("GET", "/v1/instruments", "not-a-token", NULL, headers);
	assert_problem(reply, 400);
	reply_free(reply);
	free(admin);
}

/* %2F inside a segment is no separator, and %00 cuts nothing short: such a
 * path names nothing, so a wave is not closed through W%2Fclose and no
 * member list is read through P%2Fmembers. */
Test(http, an_encoded_slash_or_nul_in_a_segment_names_nothing)
{
	char *admin = token_create("admin", NULL);
	char path[256], wave[40], partnership[40];
	json_t *created;

	created = expect("POST", "/v1/partnerships", admin, "{\"name\":\"Scheiding\"}", 201);
	snprintf(partnership, sizeof(partnership), "%s",
		 json_string_value(json_object_get(created, "id")));
	json_decref(created);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", partnership);
	created = expect("POST", path, admin, "{\"label\":\"open\",\"opens_at\":"
			 "\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}", 201);
	snprintf(wave, sizeof(wave), "%s", json_string_value(json_object_get(created, "id")));
	json_decref(created);
	snprintf(path, sizeof(path), "/v1/waves/%s%%2Fclose", wave);
	expect_problem("POST", path, admin, NULL, 404);
	snprintf(path, sizeof(path), "/v1/waves/%s%%2fclose", wave);
	expect_problem("POST", path, admin, NULL, 404);
	snprintf(path, sizeof(path), "/v1/partnerships/%s%%2Fmembers", partnership);
	expect_problem("GET", path, admin, NULL, 404);
	expect_problem("GET", "/v1/instruments/cac%00zzz", admin, NULL, 404);
	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	created = expect("GET", path, admin, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(created, "status")), "open");
	json_decref(created);
	free(admin);
}

/* A path with spaces and "field=" words stays one quoted value of its line:
 * no request adds or changes a field of the access log. */
Test(http, no_request_adds_a_field_to_the_access_log)
{
	char *log, *line;

	expect_problem("GET", "/v1/partnerships%20status=200%20us=5%20id=X", NULL, NULL, 404);
	server_stop(); /* flushes the access log */
	log = server_log();
	line = strstr(log, "path=\"/v1/partnerships status=200 us=5 id=X\" status=404 us=");
	cr_assert(line != NULL, "%s", log);
	free(log);
}

Test(http, control_characters_in_a_path_are_400_and_never_reach_the_log)
{
	char *admin = token_create("admin", NULL);
	char *log;

	expect_problem("GET", "/v1/instruments/cac%01zzz", admin, NULL, 400);
	expect_problem("GET", "/healthz%0a2026-01-01T00:00:00.000Z%20info%20request%20forged=1",
		       NULL, NULL, 400);
	server_stop(); /* flushes the access log */
	log = server_log();
	cr_assert(strstr(log, "\n2026-01-01T00:00:00.000Z info request forged=1") == NULL, "%s", log);
	cr_assert(strstr(log, "\\u000a2026-01-01") != NULL, "%s", log);
	free(log);
	free(admin);
}

/* libmicrohttpd 0.9.75 takes no answer while a body is still arriving, so
 * a chunked body past the limit ends the connection, without a 413, as
 * soon as the limit is passed; a declared one gets 413 before it is read. */
Test(http, a_body_stops_at_the_limit_however_it_is_framed)
{
	static const char chunk[] = "400\r\n";
	char *admin = token_create("admin", NULL);
	char head[512], data[1024 + 2];
	int fd = http_connect("127.0.0.1");
	size_t sent = 0;
	bool closed;
	char *reply;

	signal(SIGPIPE, SIG_IGN); /* the server closes while we still write */
	snprintf(head, sizeof(head), "POST /v1/neighbourhoods HTTP/1.1\r\nHost: x\r\n"
		 "Authorization: Bearer %s\r\nContent-Type: application/json\r\n"
		 "Transfer-Encoding: chunked\r\n\r\n", admin);
	cr_assert(write(fd, head, strlen(head)) > 0);
	memset(data, ' ', 1024);
	memcpy(data + 1024, "\r\n", 2);
	/* 64 KiB is the limit; send up to 64 MiB (more than the kernel buffers
	 * on both ends hold), until the server closes */
	while (sent < 64u << 20) {
		if (write(fd, chunk, strlen(chunk)) <= 0 || write(fd, data, sizeof(data)) <= 0)
			break;
		sent += 1024;
	}
	reply = http_read_all(fd, 3, &closed);
	cr_assert(closed, "the connection stayed open");
	/* what the kernels buffered on the way is all that got past the limit */
	cr_assert_lt(sent, 64u << 20, "the body was read on and on");
	snprintf(head, sizeof(head), "POST /v1/neighbourhoods HTTP/1.1\r\nHost: x\r\n"
		 "Authorization: Bearer %s\r\nContent-Type: application/json\r\n"
		 "Content-Length: 70000\r\n\r\n", admin);
	free(reply);
	reply = http_exchange(head, &closed);
	cr_assert(strncmp(reply, "HTTP/1.1 413", 12) == 0, "%s", reply);
	close(fd);
	free(reply);
	free(admin);
}

/* 1,100 connections from 127.0.0.2, each sending half a header: one
 * address holds max_connections_per_address of them at most, and
 * /healthz from another address still answers within a second. */
Test(http, one_address_cannot_take_every_connection)
{
	const char *settings[] = { "CACD_MAX_CONNECTIONS_PER_ADDRESS=32", NULL };
	static int slow[1100];
	struct timespec before, after;
	long waited;
	struct reply *reply;
	int refused = 0;
	bool closed;

	server_stop();
	server_start(settings);
	for (int i = 0; i < 1100; i++) {
		slow[i] = http_connect("127.0.0.2");
		if (write(slow[i], "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ", 40) <= 0)
			refused++;
	}
	clock_gettime(CLOCK_MONOTONIC, &before);
	reply = api("GET", "/healthz", NULL, NULL);
	clock_gettime(CLOCK_MONOTONIC, &after);
	assert_status(reply, 200);
	waited = (after.tv_sec - before.tv_sec) * 1000 + (after.tv_nsec - before.tv_nsec) / 1000000;
	cr_log_info("1,100 slow connections from 127.0.0.2: /healthz in %ld ms", waited);
	cr_assert_lt(waited, 1000, "/healthz took more than a second");
	reply_free(reply);
	/* the server closed what it would not keep */
	for (int i = 0; i < 1100; i++) {
		char *rest = http_read_all(slow[i], 0, &closed);

		refused += closed;
		free(rest);
		close(slow[i]);
	}
	cr_assert_geq(refused, 1100 - 32, "only %d of 1,100 were refused", refused);
}

/* 2,000 idle connections from 40 addresses: memory stays small, /healthz
 * answers, and the connections that came once more than three quarters of
 * the slots were taken (the last 464) are let go after 2 idle seconds
 * rather than the usual 30. */
Test(http, two_thousand_idle_connections)
{
	const char *settings[] = { "CACD_MAX_CONNECTIONS=2048", NULL };
	static int idle[2000];
	struct pollfd *waiting = calloc(2000, sizeof(*waiting));
	struct timespec start, now;
	struct reply *reply;
	int closed = 0;
	long rss;

	server_stop();
	server_start(settings);
	for (int i = 0; i < 2000; i++) {
		char from[32];

		snprintf(from, sizeof(from), "127.0.1.%d", 1 + i / 50);
		idle[i] = http_connect(from);
	}
	reply = api("GET", "/healthz", NULL, NULL);
	assert_status(reply, 200);
	reply_free(reply);
	rss = server_memory_kib("VmRSS");
	cr_log_info("2,000 idle connections: RSS %ld KiB", rss);
	cr_assert_lt(rss, 64 * 1024, "RSS %ld KiB", rss);
	/* wait, at most 10 s, for the server to close those */
	clock_gettime(CLOCK_MONOTONIC, &start);
	do {
		int ready;

		for (int i = 0; i < 2000; i++)
			waiting[i] = (struct pollfd){ .fd = idle[i], .events = POLLIN };
		ready = poll(waiting, 2000, 1000);
		for (int i = 0; i < 2000 && ready > 0; i++) {
			char byte;

			if (idle[i] >= 0 && (waiting[i].revents & (POLLIN | POLLHUP)) &&
			    read(idle[i], &byte, 1) <= 0) {
				close(idle[i]);
				idle[i] = -1;
				closed++;
			}
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
	} while (closed < 2000 - 1536 && now.tv_sec - start.tv_sec < 10);
	cr_assert_geq(closed, 2000 - 1536, "only %d idle connections were let go", closed);
	for (int i = 0; i < 2000; i++) {
		if (idle[i] >= 0)
			close(idle[i]);
	}
	free(waiting);
}

/* On SIGTERM the server stops accepting at once (a load balancer sees
 * "refused" and goes elsewhere) while the request under way still gets
 * its answer, and then the process exits cleanly. */
Test(http, draining_refuses_new_connections_and_answers_the_open_request)
{
	struct sockaddr_in remote = { .sin_family = AF_INET };
	int open_request = http_connect("127.0.0.1"), refused_fd, status;
	const char *head = "PUT /v1/waves/x/responses/y HTTP/1.1\r\nHost: x\r\n"
			   "Content-Type: application/json\r\nContent-Length: 2\r\n"
			   "Expect: 100-continue\r\n\r\n";
	char interim[64] = "";
	bool closed;
	char *reply;

	/* "100 Continue" says the server has the request under way */
	cr_assert_eq(write(open_request, head, strlen(head)), (ssize_t)strlen(head));
	cr_assert_gt(read(open_request, interim, sizeof(interim) - 1), 0);
	cr_assert(strstr(interim, "100 Continue") != NULL, "interim reply: %s", interim);

	kill(server_process_id(), SIGTERM);
	server_wait_log("new connections are refused; 1 requests under way", 10);

	refused_fd = socket(AF_INET, SOCK_STREAM, 0);
	inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
	remote.sin_port = htons((unsigned short)server_port());
	cr_assert_neq(connect(refused_fd, (struct sockaddr *)&remote, sizeof(remote)), 0,
		      "a new connection was accepted while draining");
	close(refused_fd);

	cr_assert_eq(write(open_request, "{}", 2), 2);
	reply = http_read_all(open_request, 5, &closed);
	cr_assert(strncmp(reply, "HTTP/1.1 4", 10) == 0, "the open request got: %.80s", reply);
	free(reply);
	close(open_request);

	status = server_terminate();
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit status %d", status);
}
