#!/bin/bash
# usage: score.sh TAG wA wB barsA barsB   (wA scored on B, wB on A)
cd /work/wt/refit52
T=$1
PYTHONPATH=.:bench:scripts .venv/bin/python bench/calib_bars.py score --half B --weights $2 ${4:+--bars $4 --only $ONLY} > /tmp/refit52/s_${T}_B.txt 2>/tmp/refit52/s_${T}_B.err
PYTHONPATH=.:bench:scripts .venv/bin/python bench/calib_bars.py score --half A --weights $3 ${5:+--bars $5 --only $ONLY} > /tmp/refit52/s_${T}_A.txt 2>/tmp/refit52/s_${T}_A.err
cat /tmp/refit52/s_${T}_B.txt /tmp/refit52/s_${T}_A.txt | grep -v "^half\|^agreed" > /tmp/refit52/s_${T}.txt
date -u > /tmp/refit52/s_${T}.done
