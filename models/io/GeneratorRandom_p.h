#pragma once

// The generator's random source: xoshiro256** seeded through SplitMix64, with small distributions of our own,
// so that a seed gives the same book with every compiler and standard library (std:: distributions differ
// between implementations). Only integer and basic floating-point arithmetic: no transcendental functions
// except where the result is rounded to a coarse unit right after.

#include <QtGlobal>

#include <array>
#include <cmath>

namespace csm::io {

inline quint64 splitMix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto& s : m_s)
            s = splitMix64(seed);
    }
    // A generator for one stream (e.g. one account) of a seeded book: independent of the other streams.
    static Rng forStream(quint64 seed, quint64 stream)
    {
        quint64 mixed = seed ^ (stream * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL);
        return Rng(splitMix64(mixed));
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi] (hi >= lo). Multiply-shift: the bias is far below anything a book shows.
    int range(int lo, int hi)
    {
        const auto span = static_cast<quint64>(static_cast<qint64>(hi) - lo + 1);
        return lo + static_cast<int>(((next() >> 32) * span) >> 32);
    }
    bool chance(double p) { return uniform() < p; }
    // Roughly normal (Irwin-Hall: the sum of four uniforms), mean 0, standard deviation 1, range +-3.46.
    double normalish() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772; }
    // Index drawn with the given relative weights.
    template <std::size_t N> int weighted(const std::array<int, N>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = range(0, total - 1);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return static_cast<int>(i);
            r -= weights[i];
        }
        return static_cast<int>(N - 1);
    }
    template <typename C> const auto& pick(const C& c)
    {
        return c[static_cast<std::size_t>(range(0, static_cast<int>(std::size(c)) - 1))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

} // namespace csm::io
