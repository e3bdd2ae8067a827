#!/usr/bin/env bash
# make bench-serve: `forumplan serve` beside nginx on the same exported folder (the Otpan example),
# measured with wrk on loopback: a big feed, a small feed, the big feed gzipped; then a sustained
# 60 s run against forumplan serve with its RSS sampled every 5 s. Not in CI.
# Both may use every core: nginx runs one worker process per core; forumplan serve one event loop thread
# per core (SwiftNIO's default group) plus Swift's global pool (one thread per core) that runs each
# connection's task; wrk runs one thread beside them.
# Usage: scripts/bench-serve.sh path/to/forumplan   (env: DURATION=10 CONNECTIONS=32 SUSTAIN=60)
set -euo pipefail
bin="$1"
duration="${DURATION:-10}"
connections="${CONNECTIONS:-32}"
sustain="${SUSTAIN:-60}"
serve_port=18080
nginx_port=18081

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ] || ! command -v wrk >/dev/null 2>&1; then
    echo "bench-serve: installing nginx and wrk with apt-get"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d /tmp/bench-serve.XXXXXX)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$bin" export examples/otpan-rollout.yaml examples/witnesses/otpan-rollout.schedule.yaml --out "$work/feeds" >/dev/null
chmod -R a+rX "$work" # nginx's workers run as an unprivileged user
big="forum.ics"
small="groups/$(cd "$work/feeds/groups" && ls -S | tail -1)"
echo "bench-serve: Otpan example; big feed $big ($(stat -c %s "$work/feeds/$big") bytes), small feed $small ($(stat -c %s "$work/feeds/$small") bytes)"
cores="$(nproc)"
echo "bench-serve: load $(cut -d' ' -f1-3 /proc/loadavg) on $cores cores; nginx $cores workers, forumplan serve $cores event loops + $cores pool threads; wrk -t1 -c$connections -d${duration}s per run"

cat > "$work/nginx.conf" <<CONF
worker_processes $cores;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    types { text/calendar ics; text/html html; }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/calendar;
    access_log $work/nginx-access.log;
    client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
    sendfile on;
    gzip on; gzip_types text/calendar; gzip_vary on;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/feeds;
        autoindex off;
        location ~ /\. { return 404; }
        location = /trainers/ { return 404; }
    }
}
CONF
mkdir -p "$work/tmp"
"$nginx_bin" -c "$work/nginx.conf" -e "$work/nginx-error.log" &
pids+=($!)
"$bin" serve "$work/feeds" --port $serve_port 2>"$work/serve.log" >/dev/null &
serve_pid=$!
pids+=($serve_pid)
for port in $serve_port $nginx_port; do
    for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/$big" && break; sleep 0.1; done
    for path in "$big" "$small"; do # both servers must answer 200 with the same bytes, or the figures mean nothing
        curl -fs "http://127.0.0.1:$port/$path" | cmp -s - "$work/feeds/$path" || { echo "bench-serve: port $port does not serve $path"; exit 1; }
    done
done

# run NAME PORT PATH [HEADER]: prints "req/s avg-latency p99-latency"
run() {
    local out
    if [ -n "${4:-}" ]; then
        out="$(wrk -t1 -c"$connections" -d"${duration}s" --latency -H "$4" "http://127.0.0.1:$2/$3")"
    else
        out="$(wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$2/$3")"
    fi
    local rps avg p99
    if grep -q "Non-2xx" <<<"$out"; then echo "bench-serve: errors on port $2: $(grep Non-2xx <<<"$out")" >&2; fi
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    avg="$(awk '/^ +Latency/ {print $2; exit}' <<<"$out")"
    p99="$(awk '/^ +99%/ {print $2}' <<<"$out")"
    echo "$rps $avg $p99"
}

printf "%-14s %14s %10s %10s   %14s %10s %10s   %6s\n" case "serve req/s" avg p99 "nginx req/s" avg p99 ratio
for spec in "big|$big|" "small|$small|" "big-gzip|$big|Accept-Encoding: gzip" "small-gzip|$small|Accept-Encoding: gzip"; do
    IFS='|' read -r name path header <<<"$spec"
    read -r s_rps s_avg s_p99 <<<"$(run "$name" $serve_port "$path" "$header")"
    read -r n_rps n_avg n_p99 <<<"$(run "$name" $nginx_port "$path" "$header")"
    ratio="$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')"
    printf "%-14s %14s %10s %10s   %14s %10s %10s   %6s\n" "$name" "$s_rps" "$s_avg" "$s_p99" "$n_rps" "$n_avg" "$n_p99" "$ratio"
done

echo "bench-serve: sustained ${sustain} s on forumplan serve (small feed, gzip and plain), RSS every 5 s:"
wrk -t1 -c"$connections" -d"${sustain}s" "http://127.0.0.1:$serve_port/$small" >"$work/sustain-plain.txt" &
wrk1=$!
wrk -t1 -c"$connections" -d"${sustain}s" -H "Accept-Encoding: gzip" "http://127.0.0.1:$serve_port/$big" >"$work/sustain-gzip.txt" &
wrk2=$!
samples=()
for _ in $(seq 0 5 "$sustain"); do
    samples+=("$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$serve_pid/status")")
    sleep 5
done
wait $wrk1 $wrk2
echo "  RSS MB: ${samples[*]}"
echo "  sustained req/s: small $(awk '/Requests\/sec/ {print $2}' "$work/sustain-plain.txt"), big gzip $(awk '/Requests\/sec/ {print $2}' "$work/sustain-gzip.txt")"
echo "  access log: $(wc -l <"$work/serve.log") lines written"
