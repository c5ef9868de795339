/*
 * Horizon's model in plain C: the benchmark's native yardstick (not part of the product, never shipped).
 *
 * It reads the same encoded plan the WebAssembly kernel receives (packages/sim/src/engine/encode-plan.ts)
 * and the same ziggurat tables, so the scenario is data, not constants folded in by hand, and draws from the
 * same random stream (version 2, docs/output.md): draw k of the input with stream key K in sample i is
 * mix64(seed + K + (i·2^20 + k + 1)·γ), SplitMix64's output function. Its per-sample exhaustion years are
 * checked against the kernel's bit for bit by the benchmark (apps/cli/src/bench-native.ts) before it is timed.
 *
 * Written for speed the way a C programmer would: samples in blocks, every input drawn for the whole block
 * into its own array (structure of arrays), then demand, supply and each stock's crossing over the arrays,
 * then binning. Operations on each sample are the kernel's, in the kernel's order (the reference engine's
 * order is the spec), with glibc's log/exp and sqrt (the same algorithms as the kernel's) and fdlibm's expm1.
 *
 *   horizon-native INPUT years FIRST COUNT   per-sample years of samples [FIRST, FIRST+COUNT), raw f64,
 *                                            sample-major, to stdout
 *   horizon-native INPUT run FIRST COUNT     runs the samples into binned counts and prints one JSON line:
 *                                            samples, seconds (wall), cpuSeconds, already, never
 *
 * INPUT (all f64, little-endian): seed, plan length L, ziggurat x[129], ratio[128], f[129], then the plan[L].
 * Build: gcc -O2 -ffp-contract=off -o horizon-native horizon-native.c -lm
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The plan's layout (encode-plan.ts). */
enum { H_VERSION = 0, H_START_YEAR = 1, H_HORIZON_YEAR = 2, H_SLOT_COUNT = 3, H_STEP_COUNT = 4, H_STEPS_AT = 5,
       H_DEMAND_CHOICE_SLOT = 6, H_DEMAND_COUNT = 7, H_DEMANDS_AT = 8, H_MAX_EPOCHS_SLOT = 9, H_R_STAR_SLOT = 10,
       H_STOCK_COUNT = 11, H_STOCKS_AT = 12, H_BINS = 13, H_BREAKS_AT = 15, H_COPULAS_AT = 16 };
enum { PLAN_FORMAT_VERSION = 4, STEP_LENGTH = 10, DIST_LENGTH = 4, DEMAND_LENGTH = 12, STOCK_LENGTH = 4 };
enum { STEP_DIST = 0, STEP_ROW = 1 };
enum { DIST_FIXED = 0, DIST_NORMAL, DIST_LOGNORMAL, DIST_UNIFORM, DIST_LOGUNIFORM, DIST_TRIANGULAR, DIST_MIXTURE };
enum { DEMAND_TREND = 0, DEMAND_COMPUTE = 1 };

#define GAMMA 0x9e3779b97f4a7c15ULL
#define MIX1 0xbf58476d1ce4e5b9ULL
#define MIX2 0x94d049bb133111ebULL
#define DRAW_BITS 20
#define LAYERS 128
#define ZIGGURAT_R 3.442619855899
#define LN_6 1.791759469228055
#define BINS_PER_YEAR 128.0
#define BLOCK 256
#define MAX_STOCKS 16
#define MAX_SEGMENTS 64

static double zx[LAYERS + 1], zratio[LAYERS], zf[LAYERS + 1];
static double *plan;
static uint64_t seed;

static inline int ifield(int at) { return (int)plan[at]; }

static inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * MIX1;
  z = (z ^ (z >> 27)) * MIX2;
  return z ^ (z >> 31);
}
/* (top 52 bits + 0.5) · 2^-52: strictly inside (0, 1). */
static inline double uniform_from_bits(uint64_t bits) { return ((double)(int64_t)(bits >> 12) + 0.5) * 0x1p-52; }
static inline double uniform(uint64_t *st) { return uniform_from_bits(mix64(*st += GAMMA)); }

static double normal_tail(uint64_t *st, int negative) {
  for (;;) {
    double a = -log(uniform(st)) / ZIGGURAT_R;
    double b = -log(uniform(st));
    if (b + b >= a * a) return negative ? -(ZIGGURAT_R + a) : ZIGGURAT_R + a;
  }
}

/* The ziggurat's rare paths after a first draw (layer, u) that the fast path declined. */
static double normal_slow(uint64_t *st, int layer, double u) {
  for (;;) {
    if (layer == 0) return normal_tail(st, u < 0);
    double candidate = u * zx[layer];
    double height = zf[layer] + uniform(st) * (zf[layer + 1] - zf[layer]);
    if (height < exp(-0.5 * candidate * candidate)) return candidate;
    uint64_t bits = mix64(*st += GAMMA);
    layer = (int)(bits & 0x7f);
    u = 2 * uniform_from_bits(bits) - 1;
    if (fabs(u) < zratio[layer]) return u * zx[layer];
  }
}

static inline double standard_normal(uint64_t *st) {
  uint64_t bits = mix64(*st += GAMMA);
  int layer = (int)(bits & 0x7f);
  double u = 2 * uniform_from_bits(bits) - 1;
  if (fabs(u) < zratio[layer]) return u * zx[layer];
  return normal_slow(st, layer, u);
}

/* expm1 from fdlibm (via musl src/math/expm1.c, the algorithm of V8's ieee754::expm1 and AssemblyScript's
   Math.expm1): glibc's x86-64 expm1 differs from it in the last bit for ~0.4% of arguments. */
static double fdlibm_expm1(double x) {
  static const double o_threshold = 7.09782712893383973096e+02, ln2_hi = 6.93147180369123816490e-01,
                      ln2_lo = 1.90821492927058770002e-10, invln2 = 1.44269504088896338700e+00,
                      Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
                      Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  double y, hi, lo, c = 0, t, e, hxs, hfx, r1, twopk;
  union { double f; uint64_t i; } u = {x};
  uint32_t hx = u.i >> 32 & 0x7fffffff;
  int k, sign = u.i >> 63;
  if (hx >= 0x4043687A) {
    if (x != x) return x;
    if (sign) return -1;
    if (x > o_threshold) return x * 0x1p1023;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3FF0A2B2) {
      if (!sign) { hi = x - ln2_hi; lo = ln2_lo; k = 1; }
      else { hi = x + ln2_hi; lo = -ln2_lo; k = -1; }
    } else {
      k = invln2 * x + (sign ? -0.5 : 0.5);
      t = k;
      hi = x - t * ln2_hi;
      lo = t * ln2_lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  hfx = 0.5 * x;
  hxs = x * hfx;
  r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  t = 3.0 - r1 * hfx;
  e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  u.i = (uint64_t)(0x3ff + k) << 52;
  twopk = u.f;
  if (k < 0 || k > 56) {
    y = x - e + 1.0;
    if (k == 1024) y = y * 2.0 * 0x1p1023;
    else y = y * twopk;
    return y - 1.0;
  }
  u.i = (uint64_t)(0x3ff - k) << 52;
  if (k < 20) y = (x - e + (1 - u.f)) * twopk;
  else y = (x - (e + u.f) + 1) * twopk;
  return y;
}

static inline double triangular_inverse(double min, double mode, double max, double u) {
  double width = max - min;
  double split = (mode - min) / width;
  return u < split ? min + sqrt(u * width * (mode - min)) : max - sqrt((1 - u) * width * (max - mode));
}

static double sample_simple(uint64_t *st, int at, int code, int log_space) {
  double p0 = plan[at + 1], p1 = plan[at + 2];
  double ln, v;
  switch (code) {
    case DIST_LOGNORMAL: ln = p0 + p1 * standard_normal(st); return log_space ? ln : exp(ln);
    case DIST_UNIFORM: v = p0 + (p1 - p0) * uniform(st); return log_space ? log(v) : v;
    case DIST_LOGUNIFORM: ln = p0 + (p1 - p0) * uniform(st); return log_space ? ln : exp(ln);
    case DIST_NORMAL: v = p0 + p1 * standard_normal(st); return log_space ? log(v) : v;
    case DIST_TRIANGULAR: v = triangular_inverse(p0, p1, plan[at + 3], uniform(st)); return log_space ? log(v) : v;
    default: return log_space ? log(p0) : p0;
  }
}

static double sample_dist(uint64_t *st, int at, int log_space) {
  int code = ifield(at);
  if (code != DIST_MIXTURE) return sample_simple(st, at, code, log_space);
  double u = uniform(st);
  int cumulative = ifield(at + 2), k = 0;
  while (u >= plan[cumulative + k]) k++;
  int component = ifield(at + 3) + k * DIST_LENGTH;
  return sample_simple(st, component, ifield(component), log_space);
}

static double sample_truncated(uint64_t *st, int step) {
  int at = ifield(step + 4), log_space = ifield(step + 2), flags = ifield(step + 7);
  double min = plan[step + 5], max = plan[step + 6];
  /* A mixture picks its component once and truncates only that component (sample-dist.ts). */
  if (ifield(at) == DIST_MIXTURE) {
    double u = uniform(st);
    int cumulative = ifield(at + 2), k = 0;
    while (u >= plan[cumulative + k]) k++;
    at = ifield(at + 3) + k * DIST_LENGTH;
  }
  for (;;) {
    double v = sample_dist(st, at, 0);
    int above = (flags & 1) ? v >= min : v > min;
    int below = (flags & 2) ? v <= max : v < max;
    if (above && below) return log_space ? log(v) : v;
  }
}

/* The scenario, read once from the plan. */
static int slot_count, step_count, steps_at, choice_slot, demand_count, demands_at, stock_count, stocks_at, bins, breaks_at;
static int max_epochs_slot, r_star_slot;
static double start_year, horizon_year;
/* Per slot: block of values (structure of arrays); fixed slots hold their value in every lane. */
static double *values;
#define VAL(slot, i) values[(size_t)(slot) * BLOCK + (i)]
static int *slot_fixed;

static void setup(void) {
  if (ifield(H_VERSION) != PLAN_FORMAT_VERSION) { fprintf(stderr, "horizon-native: plan format %d, expected %d\n", ifield(H_VERSION), PLAN_FORMAT_VERSION); exit(2); }
  start_year = plan[H_START_YEAR];
  horizon_year = plan[H_HORIZON_YEAR];
  slot_count = ifield(H_SLOT_COUNT);
  step_count = ifield(H_STEP_COUNT);
  steps_at = ifield(H_STEPS_AT);
  choice_slot = ifield(H_DEMAND_CHOICE_SLOT);
  demand_count = ifield(H_DEMAND_COUNT);
  demands_at = ifield(H_DEMANDS_AT);
  max_epochs_slot = ifield(H_MAX_EPOCHS_SLOT);
  r_star_slot = ifield(H_R_STAR_SLOT);
  stock_count = ifield(H_STOCK_COUNT);
  stocks_at = ifield(H_STOCKS_AT);
  bins = ifield(H_BINS);
  breaks_at = ifield(H_BREAKS_AT);
  if (ifield(H_COPULAS_AT) != 0) { fprintf(stderr, "horizon-native: correlated inputs (Gaussian copulas) are not implemented in the yardstick\n"); exit(2); }
  if (stock_count > MAX_STOCKS) { fprintf(stderr, "horizon-native: more than %d stocks\n", MAX_STOCKS); exit(2); }
  values = aligned_alloc(64, (size_t)slot_count * BLOCK * sizeof(double));
  slot_fixed = calloc((size_t)slot_count, sizeof(int));
  for (int k = 0; k < step_count; k++) {
    int at = steps_at + k * STEP_LENGTH;
    if (ifield(at) != STEP_DIST) continue;
    int dist = ifield(at + 4);
    if (ifield(dist) != DIST_FIXED) continue;
    int slot = ifield(at + 1);
    double v = ifield(at + 2) ? log(plan[dist + 1]) : plan[dist + 1];
    for (int i = 0; i < BLOCK; i++) VAL(slot, i) = v;
    slot_fixed[slot] = 1;
  }
}

/* Draws every input of samples [first, first + n) into its array, input by input. */
static void draw_block(uint64_t first, int n) {
  for (int k = 0; k < step_count; k++) {
    int at = steps_at + k * STEP_LENGTH;
    int slot = ifield(at + 1);
    uint64_t key = ((uint64_t)plan[at + 8] << 32) | (uint64_t)plan[at + 9];
    /* The first state of this input in sample i is seed + key + (i·2^20)·γ; then + γ per draw. */
    uint64_t base = seed + key + ((first << DRAW_BITS) * GAMMA);
    const uint64_t stride = ((uint64_t)1 << DRAW_BITS) * GAMMA;
    double *out = &VAL(slot, 0);
    if (ifield(at) == STEP_ROW) {
      int width = ifield(at + 2), rows_at = ifield(at + 4), index_slot = ifield(at + 5);
      double row_count = plan[at + 3];
      for (int i = 0; i < n; i++, base += stride) {
        uint64_t st = base;
        int row = (int)fmin(floor(uniform(&st) * row_count), row_count - 1);
        for (int c = 0; c < width; c++) VAL(slot + c, i) = plan[rows_at + row * width + c];
        VAL(index_slot, i) = row;
      }
      continue;
    }
    int dist = ifield(at + 4), code = ifield(dist), log_space = ifield(at + 2);
    if (code == DIST_FIXED) continue;
    double a = plan[dist + 1], b = plan[dist + 2], c = plan[dist + 3];
    if (ifield(at + 3)) {
      for (int i = 0; i < n; i++, base += stride) { uint64_t st = base; out[i] = sample_truncated(&st, at); }
    } else if (code == DIST_LOGNORMAL || code == DIST_NORMAL) {
      /* The ziggurat's fast path for the whole block, then the rare draws one by one. */
      for (int i = 0; i < n; i++) {
        uint64_t bits = mix64(base + (uint64_t)i * stride + GAMMA);
        int layer = (int)(bits & 0x7f);
        double u = 2 * uniform_from_bits(bits) - 1;
        out[i] = fabs(u) < zratio[layer] ? u * zx[layer] : NAN;
      }
      for (int i = 0; i < n; i++) {
        if (out[i] == out[i]) continue;
        uint64_t st = base + (uint64_t)i * stride + GAMMA;
        uint64_t bits = mix64(st);
        out[i] = normal_slow(&st, (int)(bits & 0x7f), 2 * uniform_from_bits(bits) - 1);
      }
      for (int i = 0; i < n; i++) out[i] = a + b * out[i];
      if (code == DIST_LOGNORMAL && !log_space) for (int i = 0; i < n; i++) out[i] = exp(out[i]);
      if (code == DIST_NORMAL && log_space) for (int i = 0; i < n; i++) out[i] = log(out[i]);
    } else if (code == DIST_UNIFORM || code == DIST_LOGUNIFORM) {
      for (int i = 0; i < n; i++) out[i] = a + (b - a) * uniform_from_bits(mix64(base + (uint64_t)i * stride + GAMMA));
      if (code == DIST_UNIFORM && log_space) for (int i = 0; i < n; i++) out[i] = log(out[i]);
      if (code == DIST_LOGUNIFORM && !log_space) for (int i = 0; i < n; i++) out[i] = exp(out[i]);
    } else if (code == DIST_TRIANGULAR) {
      for (int i = 0; i < n; i++) out[i] = triangular_inverse(a, b, c, uniform_from_bits(mix64(base + (uint64_t)i * stride + GAMMA)));
      if (log_space) for (int i = 0; i < n; i++) out[i] = log(out[i]);
    } else if (code == DIST_MIXTURE) {
      for (int i = 0; i < n; i++, base += stride) { uint64_t st = base; out[i] = sample_dist(&st, dist, log_space); }
    } else {
      fprintf(stderr, "horizon-native: unknown distribution code %d\n", code);
      exit(2);
    }
  }
}

/* The general crossing (packages/sim/src/model/exhaustion-year.ts), rates read from sample i's values. */
static double exhaustion_year(double ln_gap, double scale, int demand_at, int supply_at, int i) {
  if (ln_gap >= 0) return start_year;
  int demand_breaks = ifield(demand_at) - 1, supply_breaks = ifield(supply_at) - 1;
  double year = start_year, gap = ln_gap;
  int d = 0, s = 0;
  while (d < demand_breaks && plan[demand_at + 1 + d] <= year) d++;
  while (s < supply_breaks && plan[supply_at + 1 + s] <= year) s++;
  for (;;) {
    double demand_end = d < demand_breaks ? plan[demand_at + 1 + d] : INFINITY;
    double supply_end = s < supply_breaks ? plan[supply_at + 1 + s] : INFINITY;
    double end = demand_end < supply_end ? demand_end : supply_end;
    end = end < horizon_year ? end : horizon_year;
    double demand_rate = VAL(ifield(demand_at + 1 + demand_breaks + d), i);
    double supply_rate = VAL(ifield(supply_at + 1 + supply_breaks + s), i);
    double slope = scale * demand_rate - supply_rate;
    double gap_at_end = gap + slope * (end - year);
    if (gap_at_end >= 0) { double y = year - gap / slope; return y < end ? y : end; }
    if (end >= horizon_year) return INFINITY;
    year = end;
    gap = gap_at_end;
    if (end == demand_end) d++;
    if (end == supply_end) s++;
  }
}

/* Per-sample derived values of a block. */
static double ln_demand0[BLOCK], rate_scale[BLOCK], ln_repetition[BLOCK];
static int demand_schedule[BLOCK];

/* Demand (trend or compute-optimal) and the repetition multiplier for every sample of the block. */
static void derive_block(int n) {
  double b = 0, ln_g = 0;
  int last_model = -1;
  for (int i = 0; i < n; i++) {
    int model = 0;
    if (choice_slot >= 0) while (VAL(choice_slot, i) >= plan[demands_at + model * DEMAND_LENGTH + 1]) model++;
    int at = demands_at + model * DEMAND_LENGTH;
    double ln_x0 = VAL(ifield(at + 2), i);
    demand_schedule[i] = ifield(at + 3);
    if (ifield(at) == DEMAND_TREND) {
      ln_demand0[i] = ln_x0;
      rate_scale[i] = 1;
    } else {
      /* b = alpha/(alpha+beta), ln G = (ln(alpha A) − ln(beta B))/(alpha+beta) (model/compute-optimal.ts);
         the same doubles every sample when the law is fixed, so computed once then. */
      int fixed = slot_fixed[ifield(at + 5)] && slot_fixed[ifield(at + 6)] && slot_fixed[ifield(at + 7)] && slot_fixed[ifield(at + 8)];
      if (!fixed || i == 0 || model != last_model) {
        double A = VAL(ifield(at + 5), i), B = VAL(ifield(at + 6), i), alpha = VAL(ifield(at + 7), i), beta = VAL(ifield(at + 8), i);
        double sum = alpha + beta;
        b = alpha / sum;
        ln_g = (log(alpha * A) - log(beta * B)) / sum;
      }
      ln_demand0[i] = b * (ln_x0 - LN_6) - ln_g + 0.5 * VAL(ifield(at + 9), i);
      rate_scale[i] = b;
    }
    last_model = model;
  }
  if (slot_fixed[max_epochs_slot] && slot_fixed[r_star_slot]) {
    double r = VAL(r_star_slot, 0);
    double m = log(1 - r * fdlibm_expm1(-(VAL(max_epochs_slot, 0) - 1) / r));
    for (int i = 0; i < n; i++) ln_repetition[i] = m;
  } else {
    for (int i = 0; i < n; i++) {
      double r = VAL(r_star_slot, i);
      ln_repetition[i] = log(1 - r * fdlibm_expm1(-(VAL(max_epochs_slot, i) - 1) / r));
    }
  }
}

/* Stock s's exhaustion year for every sample of the block, into years[i]. */
static void stock_years(int s, int n, double *years) {
  int at = stocks_at + s * STOCK_LENGTH;
  int tokens_slot = ifield(at), usable_slot = ifield(at + 1), supply_at = ifield(at + 2);
  int supply_single = ifield(supply_at) == 1;
  int supply_rate_slot = supply_single ? ifield(supply_at + 1) : -1;
  for (int i = 0; i < n; i++) {
    if (breaks_at != 0) {
      /* Uncertain break years: the sample's draws into their schedule fields (encode-plan.ts). */
      int count = ifield(breaks_at);
      for (int k = 0; k < count; k++) plan[ifield(breaks_at + 1 + 2 * k)] = VAL(ifield(breaks_at + 2 + 2 * k), i);
    }
    double ln_gap = ln_demand0[i] - (ln_repetition[i] + VAL(usable_slot, i) + VAL(tokens_slot, i));
    int demand_at = demand_schedule[i];
    double year;
    if (!supply_single) {
      year = exhaustion_year(ln_gap, rate_scale[i], demand_at, supply_at, i);
    } else if (ln_gap >= 0) {
      year = start_year;
    } else if (ifield(demand_at) == 1) {
      double slope = rate_scale[i] * VAL(ifield(demand_at + 1), i) - VAL(supply_rate_slot, i);
      double gap_at_end = ln_gap + slope * (horizon_year - start_year);
      if (gap_at_end >= 0) { double y = start_year - ln_gap / slope; year = y < horizon_year ? y : horizon_year; }
      else year = INFINITY;
    } else {
      /* A demand schedule with breaks against a one-segment supply. */
      int n_seg = ifield(demand_at), breaks = n_seg - 1, d = 0;
      while (d < breaks && plan[demand_at + 1 + d] <= start_year) d++;
      double supply_rate = VAL(supply_rate_slot, i), y0 = start_year, gap = ln_gap;
      for (;;) {
        double demand_end = d < breaks ? plan[demand_at + 1 + d] : INFINITY;
        double end = demand_end < horizon_year ? demand_end : horizon_year;
        double slope = rate_scale[i] * VAL(ifield(demand_at + n_seg + d), i) - supply_rate;
        double gap_at_end = gap + slope * (end - y0);
        if (gap_at_end >= 0) { double y = y0 - gap / slope; year = y < end ? y : end; break; }
        if (end >= horizon_year) { year = INFINITY; break; }
        y0 = end;
        gap = gap_at_end;
        d++;
      }
    }
    years[i] = year;
  }
}

static double seconds(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc != 5) { fprintf(stderr, "usage: horizon-native INPUT years|run FIRST COUNT\n"); return 2; }
  FILE *in = fopen(argv[1], "rb");
  if (!in) { fprintf(stderr, "horizon-native: cannot open %s\n", argv[1]); return 2; }
  double head[2];
  if (fread(head, sizeof(double), 2, in) != 2) { fprintf(stderr, "horizon-native: short input\n"); return 2; }
  seed = (uint64_t)head[0];
  size_t length = (size_t)head[1];
  plan = malloc(length * sizeof(double));
  if (fread(zx, sizeof(double), LAYERS + 1, in) != LAYERS + 1 || fread(zratio, sizeof(double), LAYERS, in) != LAYERS ||
      fread(zf, sizeof(double), LAYERS + 1, in) != LAYERS + 1 || fread(plan, sizeof(double), length, in) != length) {
    fprintf(stderr, "horizon-native: short input\n");
    return 2;
  }
  fclose(in);
  setup();
  int years_mode = strcmp(argv[2], "years") == 0;
  uint64_t first = strtoull(argv[3], NULL, 10), count = strtoull(argv[4], NULL, 10);
  static double years[MAX_STOCKS][BLOCK];
  size_t stride = (size_t)bins + 2;
  uint32_t *counts = calloc((size_t)stock_count * stride, sizeof(uint32_t));
  double wall = seconds(CLOCK_MONOTONIC), cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
  for (uint64_t done = 0; done < count; done += BLOCK) {
    int n = count - done < BLOCK ? (int)(count - done) : BLOCK;
    draw_block(first + done, n);
    derive_block(n);
    for (int s = 0; s < stock_count; s++) stock_years(s, n, years[s]);
    if (years_mode) {
      for (int i = 0; i < n; i++) for (int s = 0; s < stock_count; s++) fwrite(&years[s][i], sizeof(double), 1, stdout);
      continue;
    }
    for (int s = 0; s < stock_count; s++) {
      uint32_t *c = counts + (size_t)s * stride;
      for (int i = 0; i < n; i++) {
        double year = years[s][i];
        size_t cell;
        if (year == INFINITY) cell = 1;
        else if (year <= start_year) cell = 0;
        else { int bin = (int)ceil((year - start_year) * BINS_PER_YEAR) - 1; cell = 2 + (size_t)(bin < bins - 1 ? bin : bins - 1); }
        c[cell]++;
      }
    }
  }
  wall = seconds(CLOCK_MONOTONIC) - wall;
  cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
  if (!years_mode) {
    uint64_t already = 0, never = 0;
    for (int s = 0; s < stock_count; s++) { already += counts[(size_t)s * stride]; never += counts[(size_t)s * stride + 1]; }
    printf("{\"samples\":%llu,\"seconds\":%.6f,\"cpuSeconds\":%.6f,\"already\":%llu,\"never\":%llu}\n",
           (unsigned long long)count, wall, cpu, (unsigned long long)already, (unsigned long long)never);
  }
  return 0;
}
