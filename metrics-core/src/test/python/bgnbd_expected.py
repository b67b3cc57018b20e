# E[X(t)] of the BG/NBD (Fader, Hardie and Lee 2005, equation 9),
# (a+b-1)/(a-1) * (1 - (alpha/(alpha+t))^r * 2F1(r, b; a+b-1; t/(alpha+t))),
# with mpmath (1.3.0) at 60 digits, the 2F1 summed term by term to 1e-70.
from mpmath import mp, mpf
mp.dps = 60
def f21(a, b, c, z):
    term, total, k = mpf(1), mpf(1), 0
    while abs(term) > mpf(10) ** -70 * abs(total):
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z
        total += term
        k += 1
    return total
def expected(t, r, alpha, a, b):
    t, r, alpha, a, b = map(mpf, (t, r, alpha, a, b))
    z = t / (alpha + t)
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * f21(r, b, a + b - 1, z))
for args in [(52, 0.25, 4.4, 200, 300), (10, 2.5, 0.5, 120, 900), (39, 0.24, 4.4, 0.5, 1e6),
             (100, 1.5, 10, 3, 5e4), (3, 0.8, 2, 0.05, 2e5)]:
    print(args, mp.nstr(expected(*args), 20))
