#!/bin/bash
# usage: score2.sh TAG joinA joinB  (joinA, fitted on dev + half A, scores half B; joinB half A;
# every conflict bar reads the shipped weights). Rows in floors.py --per form: /tmp/joinlook53/s_TAG.txt
cd "$(dirname "$0")/../.." || exit 1
T=$1
mkdir -p /tmp/joinlook53
PYTHONPATH=.:bench:scripts .venv/bin/python bench/refit_halves.py score --half B --join-weights "$2" > /tmp/joinlook53/s_${T}_B.txt 2>/tmp/joinlook53/s_${T}_B.err
PYTHONPATH=.:bench:scripts .venv/bin/python bench/refit_halves.py score --half A --join-weights "$3" > /tmp/joinlook53/s_${T}_A.txt 2>/tmp/joinlook53/s_${T}_A.err
cat /tmp/joinlook53/s_${T}_B.txt /tmp/joinlook53/s_${T}_A.txt | grep -v "^half\|^agreed" > /tmp/joinlook53/s_${T}.txt
date -u > /tmp/joinlook53/s_${T}.done
