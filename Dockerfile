# cacd in two stages on Debian bookworm, from Debian's packages only.
# The build stage compiles with the Makefile; the final stage holds the
# binary, its shared libraries and nothing to compile with, runs as an
# unprivileged user and needs no writable file system (logs go to stderr).
# `make docker-test` builds it, runs it under Compose and checks all that.
FROM debian:bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc make libc6-dev pkg-config \
      libmicrohttpd-dev libjansson-dev libpq-dev libssl-dev libxlsxwriter-dev libqrencode-dev \
      zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
# One COPY (what .dockerignore lets through) and one RUN: few layers, which
# matters on storage drivers that copy each layer whole (vfs). The files of
# the final image are laid out under /out, to be copied in one layer too.
COPY . /src/
RUN make -C /src all \
 && install -D -m 0755 /src/build/cacd /out/usr/local/bin/cacd \
 && install -D -m 0644 /src/conf/cacd.conf /out/etc/cacd/cacd.conf \
 && install -D -m 0755 /src/docker/entrypoint.sh /out/usr/local/lib/cacd/entrypoint.sh

FROM debian:bookworm-slim
# Documentation and translations are left out of the installed packages,
# as in Debian's own slim images.
RUN printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
      'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' \
      'path-exclude /usr/share/locale/*' > /etc/dpkg/dpkg.cfg.d/cacd-slim \
 && apt-get update \
 && apt-get install -y --no-install-recommends libmicrohttpd12 libjansson4 libpq5 \
      libxlsxwriter4 libqrencode4 libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/apt /var/log/dpkg.log \
 && useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
      --uid 10001 cacd
COPY --from=build /out/ /
ENV CACD_CONFIG=/etc/cacd/cacd.conf \
    CACD_LISTEN=0.0.0.0:8080
USER 10001:10001
EXPOSE 8080
# The probe reads the same configuration as the server, so it checks the
# address the server really listens on, however that is set.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["/usr/local/bin/cacd", "probe"]
ENTRYPOINT ["/usr/local/lib/cacd/entrypoint.sh"]
CMD ["serve"]
