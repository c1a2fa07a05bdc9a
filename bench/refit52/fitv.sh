#!/bin/bash
# usage: fitv.sh TAG [fit options...]: fits A and B, then quantile bars + fitted conflict bars
cd /work/wt/refit52
T=$1; shift
for h in A B; do
PYTHONPATH=.:bench:scripts .venv/bin/python bench/refit_halves.py fit --on $h "$@" --out /tmp/refit52/w$T$h.json
PYTHONPATH=.:bench:scripts .venv/bin/python bench/calib_bars.py bars --on $h --weights /tmp/refit52/w$T$h.json --out /tmp/refit52/bars$T$h.json
PYTHONPATH=.:bench:scripts .venv/bin/python bench/calib_bars.py fitbars --on $h --weights /tmp/refit52/w$T$h.json --out /tmp/refit52/bars$T$h.json --jobs 1
done
date -u > /tmp/refit52/fit_$T.done
