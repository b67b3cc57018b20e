"""Independent reference values for DriversReferenceTest (key driver analysis).

Run: python3 metrics-core/src/test/python/drivers_reference.py   (needs numpy only)

It computes, for the worked dataset below, with numpy and none of the library's algorithms:
- R² by ordinary least squares on the raw scores (numpy.linalg.lstsq with an intercept);
- Johnson's (2000) relative weights from numpy.linalg.eigh of the drivers' correlation matrix;
- the Shapley/LMG values as the mean, over all p! orders of entering the drivers, of each
  driver's gain in the OLS R² of the raw scores (Lindeman, Merenda and Gold 1980), which is the
  definition itself rather than the library's sum over subsets;
- Pearson and Spearman (Pearson of mid-ranks) correlations.
"""
import itertools
import numpy as np

# respondent: outcome (nps, 0-10), price, quality, support (1-5)
DATA = [
    (10, 4, 5, 5), (9, 3, 5, 4), (8, 4, 4, 4), (7, 3, 4, 3), (9, 2, 3, 4),
    (3, 2, 2, 1), (9, 5, 4, 5), (5, 3, 3, 2), (2, 1, 2, 2), (10, 5, 5, 4),
    (7, 4, 3, 4), (4, 2, 3, 2), (8, 3, 5, 3), (6, 4, 3, 3), (9, 4, 4, 5),
    (1, 1, 1, 2), (7, 2, 4, 4), (5, 3, 2, 3), (5, 5, 4, 3), (6, 3, 1, 2),
]


def r2(y, x):
    if x.shape[1] == 0:
        return 0.0
    a = np.column_stack([np.ones(len(y)), x])
    coef, *_ = np.linalg.lstsq(a, y, rcond=None)
    resid = y - a @ coef
    return 1 - resid @ resid / ((y - y.mean()) @ (y - y.mean()))


def ranks(v):
    order = np.argsort(v, kind="stable")
    r = np.empty(len(v))
    i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[order[j + 1]] == v[order[i]]:
            j += 1
        r[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return r


d = np.array(DATA, dtype=float)
y, x = d[:, 0], d[:, 1:]
p = x.shape[1]
full = r2(y, x)
c = np.corrcoef(d, rowvar=False)
rxx, rxy = c[1:, 1:], c[1:, 0]
w, v = np.linalg.eigh(rxx)
lam = v @ np.diag(np.sqrt(w)) @ v.T
beta = np.linalg.solve(lam, rxy)
rw = (lam ** 2) @ (beta ** 2)
lmg = np.zeros(p)
orders = list(itertools.permutations(range(p)))
for order in orders:
    before = []
    for j in order:
        lmg[j] += r2(y, x[:, before + [j]]) - r2(y, x[:, before])
        before.append(j)
lmg /= len(orders)
print("r2", repr(full))
for j, name in enumerate(["price", "quality", "support"]):
    pearson = np.corrcoef(y, x[:, j])[0, 1]
    spearman = np.corrcoef(ranks(y), ranks(x[:, j]))[0, 1]
    print(name, "rw", repr(rw[j]), "lmg", repr(lmg[j]), "pearson", repr(pearson),
          "spearman", repr(spearman))

# Pairwise deletion (DriverContractsTest.pairwiseDeletion_matchesTheReference): the worked
# dataset with two more respondents, one who skipped price, one who skipped quality. Each
# correlation is numpy's corrcoef over the rows where both columns were answered; R² and the
# relative weights follow from that matrix; the descriptives and Spearman of each driver use the
# rows where it was answered.
MISSING = DATA + [(9, None, 5, 5), (2, 1, None, 1)]
m = np.array([[np.nan if v is None else v for v in row] for row in MISSING], dtype=float)
k = m.shape[1]
pc = np.eye(k)
pn = np.zeros((k, k), dtype=int)
for a in range(k):
    for b in range(k):
        both = ~np.isnan(m[:, a]) & ~np.isnan(m[:, b])
        pn[a, b] = both.sum()
        if a != b:
            pc[a, b] = np.corrcoef(m[both, a], m[both, b])[0, 1]
prxx, prxy = pc[1:, 1:], pc[1:, 0]
coef = np.linalg.solve(prxx, prxy)
pw, pv = np.linalg.eigh(prxx)
plam = pv @ np.diag(np.sqrt(pw)) @ pv.T
prw = (plam ** 2) @ (np.linalg.solve(plam, prxy) ** 2)
print("pairwise r2", repr(coef @ prxy), "n", pn[1:, :].min())
for j, name in enumerate(["price", "quality", "support"]):
    own = ~np.isnan(m[:, j + 1])
    xs, ys = m[own, j + 1], m[own, 0]
    spearman = np.corrcoef(ranks(ys), ranks(xs))[0, 1]
    print(name, "n", own.sum(), "pearson", repr(pc[j + 1, 0]), "beta", repr(coef[j]),
          "rw", repr(prw[j]), "spearman", repr(spearman), "mean", repr(xs.mean()),
          "sd", repr(xs.std(ddof=1)), "top", int((xs >= 4).sum()))
