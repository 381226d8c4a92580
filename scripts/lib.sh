# Shared by the scripts: where things are, and building what is missing. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WINNOW_STATE=${WINNOW_STATE:-$ROOT/.winnow}
SPARK_JARS_HOME=$WINNOW_STATE/spark
BUILD_LOG=$WINNOW_STATE/build.log
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export SPARK_SCALA_VERSION=2.13

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

job_jar() { ls "$ROOT"/jobs/target/winnow-jobs-*-job.jar 2>/dev/null | head -n 1; }

# True when the job jar is missing or older than any source, pom or resource.
needs_build() {
  local jar; jar=$(job_jar)
  [[ -z $jar ]] && return 0
  [[ -n $(find "$ROOT/pom.xml" "$ROOT/common" "$ROOT/jobs" -newer "$jar" \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/resources/*' \) -type f -print -quit 2>/dev/null) ]]
}

# Builds the job jar and lays out Spark's jars as a SPARK_HOME, once; later calls return at once.
# One reactor invocation that never installs: our modules resolve from this tree, so ~/.m2 never
# holds a copy of them that a later build could take for the current code.
ensure_built() {
  mkdir -p "$WINNOW_STATE"
  local complete=0
  [[ -f $SPARK_JARS_HOME/.complete ]] && complete=1
  if needs_build || ((!complete)); then
    echo "winnow: building the job and fetching Spark's jars (first run only; log: $BUILD_LOG)" >&2
    local goals=(package)
    if ((!complete)); then
      rm -rf "$SPARK_JARS_HOME" && mkdir -p "$SPARK_JARS_HOME/jars"
      goals+=(dependency:copy-dependencies -DincludeScope=provided
        -DoutputDirectory="$SPARK_JARS_HOME/jars")
    fi
    (cd "$ROOT" && mvn -B -q -DskipTests -Dspotless.check.skip=true -pl jobs -am "${goals[@]}") \
      >"$BUILD_LOG" 2>&1 || { echo "winnow: build failed; see $BUILD_LOG" >&2; tail -n 20 "$BUILD_LOG" >&2; exit 1; }
    touch "$SPARK_JARS_HOME/.complete"
  fi
}
