# Multi-stage build on Debian bookworm, the same packages as scripts/deps.sh.
# No Docker engine runs where cacd is developed; this file mirrors the
# Makefile's steps and is kept simple so it can be read against them.
FROM debian:bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc make libc6-dev pkg-config \
      libmicrohttpd-dev libjansson-dev libpq-dev libssl-dev libxlsxwriter-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Makefile ./
COPY scripts/ scripts/
COPY service/ service/
COPY sql/ sql/
RUN make all

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libmicrohttpd12 libjansson4 libpq5 libxlsxwriter4 \
      libssl3 curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --no-create-home --uid 10001 cacd
COPY --from=build /src/build/cacd /usr/local/bin/cacd
COPY conf/cacd.conf /etc/cacd/cacd.conf
COPY docker/entrypoint.sh docker/healthcheck.sh /usr/local/lib/cacd/
ENV CACD_CONFIG=/etc/cacd/cacd.conf \
    CACD_LISTEN=0.0.0.0:8080
USER cacd
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["/usr/local/lib/cacd/healthcheck.sh"]
ENTRYPOINT ["/usr/local/lib/cacd/entrypoint.sh"]
CMD ["serve"]
