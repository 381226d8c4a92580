# Shared by scripts/bench*: building the bench module, its classpath, corpora and measured job runs.
# Sourced, not run; needs lib.sh first.

BENCH_CP_FILE=$WINNOW_STATE/bench.classpath

# Builds common, jobs (with the job jar) and bench in this tree, without installing anything into
# ~/.m2, and lays out Spark's jars once, so that scripts/winnow finds everything up to date.
bench_build() {
  mkdir -p "$WINNOW_STATE"
  local goals=(package)
  [[ -f $SPARK_JARS_HOME/.complete ]] || goals+=(dependency:copy-dependencies
    -DincludeScope=provided -DoutputDirectory="$SPARK_JARS_HOME/jars")
  local pom stale=0
  [[ -s $BENCH_CP_FILE ]] || stale=1
  for pom in "$ROOT"/pom.xml "$ROOT"/{common,jobs,bench}/pom.xml; do
    [[ $pom -nt $BENCH_CP_FILE ]] && stale=1
  done
  # in the same invocation as package, so that our modules resolve from this tree (the reactor
  # writes each module's classpath in turn; bench, built last, leaves its own)
  ((stale)) && goals+=(dependency:build-classpath -Dmdep.outputFile="$BENCH_CP_FILE.raw"
    -Dmdep.includeScope=runtime)
  echo "bench: building common, jobs and bench (log: $BUILD_LOG)" >&2
  (cd "$ROOT" && mvn -B -q -o -DskipTests -Dspotless.check.skip=true -pl bench -am "${goals[@]}") \
    >"$BUILD_LOG" 2>&1 || { tail -n 30 "$BUILD_LOG" >&2; die "build failed"; }
  touch "$SPARK_JARS_HOME/.complete"
  if ((stale)); then
    # Our own modules come from this tree's target/classes, never from whatever ~/.m2 holds.
    tr ':' '\n' <"$BENCH_CP_FILE.raw" | grep -v '/org/winnow/' | grep -v '/target/classes$' \
      | grep -v '/target/winnow-' | paste -sd: >"$BENCH_CP_FILE"
  fi
}

bench_classpath() {
  echo "$ROOT/bench/target/classes:$ROOT/jobs/target/classes:$ROOT/common/target/classes:$(cat "$BENCH_CP_FILE")"
}

# bench_java HEAP CLASS ARGS...: a bench main on the bench classpath.
bench_java() {
  local heap=$1; shift
  # shellcheck disable=SC2086
  java -Xmx"$heap" -Xss4m ${SPARK_ARGLINE_OPENS:-} -cp "$(bench_classpath)" "$@"
}

has_class() { [[ -f $ROOT/$1 ]]; }

# make_corpus KIND ARTICLES FORMAT: prints the folder of a corpus, generating it once.
#   KIND real: the real eval pages repeated with distinct URLs (RealPageCorpus);
#   KIND generated: the project's synthetic generator (org.winnow.sample.CorpusGenerator), or
#   the real pages when the generator is not in this tree yet (said on stderr).
make_corpus() {
  local kind=$1 n=$2 format=$3 gen=real
  if [[ $kind == generated ]]; then
    if has_class common/target/classes/org/winnow/sample/CorpusGenerator.class; then
      gen=generated
    else
      echo "bench: no org.winnow.sample.CorpusGenerator in this tree; using real pages instead" >&2
    fi
  fi
  local dir=$BENCH_WORK/corpus/$gen-$format-$n
  if [[ ! -f $dir/.complete ]]; then
    rm -rf "$dir"
    if [[ $gen == generated ]]; then
      bench_java 2g org.winnow.sample.CorpusGenerator --out "$dir" --articles "$n" --seed 7 \
        --formats "$format" >&2 || die "corpus generation failed"
    else
      bench_java 2g org.winnow.bench.RealPageCorpus --eval "$EVAL" --out "$dir" --articles "$n" \
        --format "$format" >&2 || die "corpus generation failed"
    fi
    touch "$dir/.complete"
  fi
  # The generator writes its truth beside the input: only corpus/ is Winnow's input.
  if [[ $gen == generated ]]; then echo "$dir/corpus"; else echo "$dir"; fi
}

# make_sized_corpus FORMAT MB: real pages up to MB megabytes in ONE file: a single big archive is
# the hard case (it cannot be split into read tasks), many small files would hide it.
make_sized_corpus() {
  local format=$1 mb=$2
  local dir=$BENCH_WORK/corpus/real-$format-${mb}mb-1file
  if [[ ! -f $dir/.complete ]]; then
    rm -rf "$dir"
    bench_java 2g org.winnow.bench.RealPageCorpus --eval "$EVAL" --out "$dir" --target-mb "$mb" \
      --file-mb $((2 * mb + 1)) --format "$format" >&2 || die "corpus generation failed"
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# cpu_seconds TIME_FILE: user + system CPU seconds in a `/usr/bin/time -v` report: the command and
# every child it waited for (for a job, the launcher and the driver JVM that runs the executors).
# Unlike wall time, it hardly grows when other work shares the cores.
cpu_seconds() {
  awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {printf "%.2f", s}' "$1"
}

# mean_load SAMPLES_FILE: the mean of the 1-minute load averages sampled during a run.
mean_load() {
  awk '{s += $1; n++} END {if (n) printf "%.2f", s / n}' "$1"
}

# peak_bytes SAMPLES_FILE: the largest of the sizes sampled during a run (second column).
peak_bytes() {
  # %.0f, not %d: mawk's %d stops at 2^31 - 1, which a 1M-document run's spill passes
  awk '$2 > m {m = $2} END {printf "%.0f", m}' "$1"
}

# run_job KIND ARTICLES FORMAT INPUT [extra JVM options]: runs scripts/winnow on INPUT under
# /usr/bin/time with a GC log and appends one line to $RUNS (see BenchResults), with the run's CPU
# seconds, the machine's mean load while it ran and the peak size of the run's own Spark local
# directory (shuffle files, spills, cached blocks: what a large input needs of local disk).
run_job() {
  local kind=$1 n=$2 format=$3 input=$4 jvm_extra=${5:-}
  local name=$kind-$format-$n
  # scripts/winnow would otherwise rebuild the job jar alone after sources changed (a merge).
  needs_build && bench_build
  local out=$BENCH_WORK/out/$name logs=$BENCH_WORK/logs
  mkdir -p "$logs" "$BENCH_WORK/out"
  rm -f "$logs/gc-$name".*.log
  local cmd=(scripts/winnow run --input "$input" --output "$out" --master "local[$CORES]" --overwrite)
  local spark_local=$BENCH_WORK/local/$name
  rm -rf "$spark_local"
  mkdir -p "$spark_local"
  echo "bench: $name: ${cmd[*]}  (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  local start end status=0 load sampler disk_sampler
  load=$(cut -d' ' -f1 /proc/loadavg)
  # other work on the machine slows the wall time, not the CPU seconds: sample the load beside it
  (while :; do cut -d' ' -f1 /proc/loadavg; sleep 10; done) >"$logs/load-$name.txt" &
  sampler=$!
  # the run's own local directory, so that its size is this run's alone
  (while :; do echo "$(date +%s) $(du -sb "$spark_local" 2>/dev/null | cut -f1)"; sleep 5; done) \
    >"$logs/local-$name.txt" &
  disk_sampler=$!
  start=$(date +%s%N)
  (cd "$ROOT" && JAVA_TOOL_OPTIONS="-Xlog:gc:file=$logs/gc-$name.%p.log $jvm_extra" \
    WINNOW_SPARK_CONF="--conf spark.local.dir=$spark_local ${WINNOW_SPARK_CONF:-}" \
    /usr/bin/time -v -o "$logs/time-$name.txt" "${cmd[@]}") >"$logs/job-$name.log" 2>&1 || status=$?
  end=$(date +%s%N)
  kill "$sampler" "$disk_sampler" 2>/dev/null || true
  wait "$sampler" "$disk_sampler" 2>/dev/null || true
  rm -rf "$spark_local"
  local cpu mean peak
  cpu=$(cpu_seconds "$logs/time-$name.txt")
  mean=$(mean_load "$logs/load-$name.txt")
  peak=$(peak_bytes "$logs/local-$name.txt")
  if [[ $status != 0 ]]; then
    echo "bench: $name FAILED (exit $status); last lines of $logs/job-$name.log:" >&2
    tail -n 15 "$logs/job-$name.log" >&2
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "#failed-$kind" "$n" "$format" \
      "$CORES" $(((end - start) / 1000000)) 0 "" "$out" "${cmd[*]}" "$load" "$cpu" "$mean" \
      "$peak" >>"$RUNS"
    return 1
  fi
  local rss gc
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$logs/time-$name.txt")
  # The launcher JVM writes a small log too; the driver's is the largest.
  gc=$(ls -S "$logs/gc-$name".*.log 2>/dev/null | head -n 1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$n" "$format" "$CORES" \
    $(((end - start) / 1000000)) "${rss:-0}" "$gc" "$out" "${cmd[*]}" "$load" "$cpu" "$mean" \
    "$peak" >>"$RUNS"
  echo "bench: $name done in $(((end - start) / 1000000)) ms, $cpu CPU s, mean load $mean," \
    "max RSS ${rss:-?} KB, peak local disk $((peak / 1048576)) MB" >&2
}
