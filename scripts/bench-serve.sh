#!/usr/bin/env bash
# make bench-serve: `forumplan serve` beside nginx on the same exported folder (the Otpan example),
# measured with wrk on loopback: a big feed, a small feed, the big feed gzipped; then a sustained
# 60 s run against forumplan serve with its RSS sampled every 5 s. Not in CI.
# Both may use every core: nginx runs one worker process per core; forumplan serve one SwiftNIO event
# loop thread per core, each answering its connections itself; wrk runs one thread beside them. The
# header line names both sides (nginx's version and workers, the threads forumplan serve runs); each
# row gives req/s, latency and the server's CPU time per request (user + system, from /proc).
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

nginx_pids=("$(cat "$work/nginx.pid")" $(pgrep -P "$(cat "$work/nginx.pid")"))
if grep -qa HummingbirdCore "$bin"; then stack="Hummingbird 2 on SwiftNIO"; else stack="SwiftNIO, NIOHTTP1"; fi
echo "bench-serve: load $(cut -d' ' -f1-3 /proc/loadavg) on $cores cores"
echo "bench-serve: nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///'), $((${#nginx_pids[@]} - 1)) workers (sendfile, gzip on the fly, access log to a file)"
echo "bench-serve: forumplan serve ($stack), $(awk '/^Threads/ {print $2}' "/proc/$serve_pid/status") threads, access log on stderr to a file"
echo "bench-serve: wrk -t1 -c$connections -d${duration}s per run; cpu us = the server's user + system CPU time per request"

# cpu PID…: user + system CPU time of the processes so far, in clock ticks
cpu() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s}'; }
ticks="$(getconf CLK_TCK)"

# run PORT PATH HEADER PID…: prints "req/s avg-latency p99-latency cpu-us-per-request"
run() {
    local port="$1" path="$2" header="$3" out before after
    shift 3
    before="$(cpu "$@")"
    if [ -n "$header" ]; then
        out="$(wrk -t1 -c"$connections" -d"${duration}s" --latency -H "$header" "http://127.0.0.1:$port/$path")"
    else
        out="$(wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/$path")"
    fi
    after="$(cpu "$@")"
    local rps avg p99 requests
    if grep -q "Non-2xx" <<<"$out"; then echo "bench-serve: errors on port $port: $(grep Non-2xx <<<"$out")" >&2; fi
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    avg="$(awk '/^ +Latency/ {print $2; exit}' <<<"$out")"
    p99="$(awk '/^ +99%/ {print $2}' <<<"$out")"
    requests="$(awk '/requests in/ {print $1}' <<<"$out")"
    echo "$rps $avg $p99 $(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')"
}

printf "%-11s %11s %9s %9s %7s   %11s %9s %9s %7s   %6s\n" case "serve req/s" avg p99 "cpu us" "nginx req/s" avg p99 "cpu us" ratio
for spec in "big|$big|" "small|$small|" "big-gzip|$big|Accept-Encoding: gzip" "small-gzip|$small|Accept-Encoding: gzip"; do
    IFS='|' read -r name path header <<<"$spec"
    read -r s_rps s_avg s_p99 s_cpu <<<"$(run $serve_port "$path" "$header" "$serve_pid")"
    read -r n_rps n_avg n_p99 n_cpu <<<"$(run $nginx_port "$path" "$header" "${nginx_pids[@]}")"
    ratio="$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')"
    printf "%-11s %11s %9s %9s %7s   %11s %9s %9s %7s   %6s\n" "$name" "$s_rps" "$s_avg" "$s_p99" "$s_cpu" "$n_rps" "$n_avg" "$n_p99" "$n_cpu" "$ratio"
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
