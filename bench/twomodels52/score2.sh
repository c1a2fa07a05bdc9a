#!/bin/bash
# usage: score2.sh TAG joinA joinB  (joinA scored on B, joinB on A; conflicts read the shipped weights)
cd /work/wt/twomodels52
T=$1
PYTHONPATH=.:bench:scripts .venv/bin/python bench/refit_halves.py score --half B --join-weights $2 > /tmp/twomodels52/s_${T}_B.txt 2>/tmp/twomodels52/s_${T}_B.err
PYTHONPATH=.:bench:scripts .venv/bin/python bench/refit_halves.py score --half A --join-weights $3 > /tmp/twomodels52/s_${T}_A.txt 2>/tmp/twomodels52/s_${T}_A.err
cat /tmp/twomodels52/s_${T}_B.txt /tmp/twomodels52/s_${T}_A.txt | grep -v "^half\|^agreed" > /tmp/twomodels52/s_${T}.txt
date -u > /tmp/twomodels52/s_${T}.done
