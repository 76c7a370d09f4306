# cacd: `make run` and `make test` are the two commands; see README.md.
# SANITIZE=1 builds everything with ASan + UBSan under build/sanitize.

SANITIZE ?= 0
ifeq ($(SANITIZE),1)
BUILD ?= build/sanitize
OPTIMIZE = -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
else
BUILD ?= build
OPTIMIZE = -O2
endif

CC ?= cc
FUZZ_SECONDS ?= 60
PACKAGES = libmicrohttpd jansson libpq libcrypto xlsxwriter libqrencode
WARNINGS = -Wall -Wextra -Werror -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
           -Wformat=2 -Wvla -Wpointer-arith -Wundef
CFLAGS = -std=c17 -g $(OPTIMIZE) $(WARNINGS) -fstack-protector-strong -pthread
CPPFLAGS = -D_GNU_SOURCE -D_FORTIFY_SOURCE=2 -Iservice -I$(BUILD)/gen \
           $(shell pkg-config --cflags $(PACKAGES))
LDFLAGS = -pthread $(filter -fsanitize%,$(OPTIMIZE))
LDLIBS = $(shell pkg-config --libs $(PACKAGES)) -lm
TEST_LDLIBS = -lcriterion $(shell pkg-config --libs libcurl) $(LDLIBS)

SERVICE_SOURCES = $(filter-out service/main.c,$(wildcard service/*.c))
GENERATED = migrations functions queries openapi assets
SERVICE_OBJECTS = $(SERVICE_SOURCES:service/%.c=$(BUILD)/service/%.o) \
                  $(GENERATED:%=$(BUILD)/gen/%.o)
MIGRATIONS = $(sort $(wildcard sql/migrations/*.sql))
FUNCTIONS = $(sort $(wildcard sql/functions/*.sql))
QUERIES = $(sort $(wildcard sql/queries/*.sql))
UNIT_SOURCES = $(wildcard tests/unit/*.c)
INTEGRATION_SOURCES = $(wildcard tests/integration/*.c)
FUZZ_SOURCES = $(wildcard tests/fuzz/*.c)

.PHONY: all run test sanitize unit integration tests bench fuzz clean deps lint-openapi \
	docker-test scale-test
all: $(BUILD)/cacd

run:
	@scripts/deps.sh run
	@$(MAKE) --no-print-directory all
	@scripts/run.sh $(BUILD)/cacd

test:
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory tests
	@scripts/test.sh $(BUILD)

sanitize:
	@$(MAKE) --no-print-directory test SANITIZE=1

# More than one node from local PostgreSQL clusters: a primary, a streaming
# replica and two instances (tests/scale/scale-test.sh).
scale-test:
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory all
	@tests/scale/scale-test.sh $(BUILD)/cacd

# The image and the Compose stack, for real: tests/docker/docker-test.sh.
docker-test:
	@tests/docker/docker-test.sh

bench:
	@scripts/deps.sh bench
	@$(MAKE) --no-print-directory all $(BUILD)/bench_bare
	@scripts/bench.sh $(BUILD)

# The bare libmicrohttpd server that /healthz is measured against.
$(BUILD)/bench_bare: tests/bench/bare.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

tests: $(BUILD)/cacd $(BUILD)/unit_tests $(BUILD)/integration_tests $(BUILD)/fuzz_replay

$(BUILD)/cacd: $(BUILD)/service/main.o $(BUILD)/libcacd.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libcacd.a: $(SERVICE_OBJECTS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/service/%.o: service/%.c $(wildcard service/*.h) $(BUILD)/gen/queries.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# Migrations, functions, statements and the OpenAPI document are compiled
# in: the binary carries the exact schema, SQL and contract it was built with.
$(BUILD)/embed: scripts/embed.c
	@mkdir -p $(dir $@) $(BUILD)/gen
	$(CC) -std=c17 -O1 -Wall -Wextra -Werror -o $@ $<

$(BUILD)/gen/migrations.c: $(BUILD)/embed $(MIGRATIONS)
	$(BUILD)/embed files embedded_migrations $(MIGRATIONS) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/functions.c: $(BUILD)/embed $(FUNCTIONS)
	$(BUILD)/embed files embedded_functions $(FUNCTIONS) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/queries.c: $(BUILD)/embed $(QUERIES)
	$(BUILD)/embed queries $(QUERIES) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/queries.h: $(BUILD)/embed $(QUERIES)
	$(BUILD)/embed queries-header $(QUERIES) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/openapi.c: $(BUILD)/embed service/openapi.json
	$(BUILD)/embed files embedded_openapi service/openapi.json > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/assets.c: $(BUILD)/embed service/form.css
	$(BUILD)/embed files embedded_assets service/form.css > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c service/embedded.h service/db.h $(BUILD)/gen/queries.h
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/unit_tests: $(UNIT_SOURCES) $(BUILD)/libcacd.a $(wildcard tests/unit/*.h)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_SOURCES) $(BUILD)/libcacd.a $(TEST_LDLIBS)

$(BUILD)/integration_tests: $(INTEGRATION_SOURCES) $(wildcard tests/integration/*.h) $(BUILD)/libcacd.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Itests/integration -o $@ $(INTEGRATION_SOURCES) \
		$(BUILD)/libcacd.a $(TEST_LDLIBS)

# The fuzz targets, built as plain programs that replay tests/fuzz/corpus
# (and any files given); `make fuzz` builds them for libFuzzer with clang.
$(BUILD)/fuzz_replay: $(FUZZ_SOURCES) $(BUILD)/libcacd.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -DFUZZ_REPLAY -o $@ $(FUZZ_SOURCES) \
		$(BUILD)/libcacd.a $(LDLIBS)

fuzz:
	@command -v clang >/dev/null || { echo "make fuzz needs clang (apt-get install clang)"; exit 1; }
	$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang \
		OPTIMIZE="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" build/fuzz/libcacd.a
	clang $(CPPFLAGS) -std=c17 -O1 -g -fsanitize=fuzzer,address,undefined -o build/fuzz/fuzz \
		$(FUZZ_SOURCES) build/fuzz/libcacd.a $(LDLIBS)
	@mkdir -p build/fuzz/corpus
	# new inputs go to build/fuzz/corpus; tests/fuzz/corpus only seeds the run
	build/fuzz/fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 build/fuzz/corpus tests/fuzz/corpus

clean:
	rm -rf build

# Redocly's recommended rules, warnings as errors, over the OpenAPI document (npm registry;
# pinned, installed under build/ once).
REDOCLY_VERSION = 2.77.0
lint-openapi:
	@command -v npm >/dev/null || { echo "lint-openapi needs npm (apt-get install npm)"; exit 1; }
	@[ -x build/redocly/node_modules/.bin/redocly ] || \
		npm install --silent --no-audit --no-fund --prefix build/redocly @redocly/cli@$(REDOCLY_VERSION)
	build/redocly/node_modules/.bin/redocly lint --extends recommended-strict --format stylish \
		--max-problems 50 service/openapi.json
