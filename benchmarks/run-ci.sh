#!/usr/bin/env bash
# Runs every benchmark once (Job.Dry, in-process) so CI proves the benchmarks still build and run.
# The numbers it prints mean nothing; measure with:
#   dotnet run -c Release --project benchmarks/Cleaner.Benchmarks -- --filter '*'
# Takes about a minute on 2 cores (build included); fails if any benchmark fails.
set -euo pipefail
cd "$(dirname "$0")/.."

filter="${1:-*}"
dotnet build -c Release benchmarks/Cleaner.Benchmarks
dotnet build -c Release benchmarks/Cleaner.Html.Benchmarks
dotnet run -c Release --no-build --project benchmarks/Cleaner.Benchmarks -- --ci --filter "$filter" --artifacts artifacts/benchmarks-ci
dotnet run -c Release --no-build --project benchmarks/Cleaner.Html.Benchmarks -- --ci --filter "$filter" --artifacts artifacts/benchmarks-ci-html
