using BenchmarkDotNet.Attributes;
using PatchVmm.Ia64;

namespace PatchVmm.Benchmarks;

/// <summary>Decoding whole bundles into <see cref="Instruction"/> values. Results are per
/// bundle (OperationsPerInvoke); the memory diagnoser shows the decoder allocates nothing.</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private Bundle[] _random = [];
    private Bundle[] _valid = [];

    [GlobalSetup]
    public void Setup()
    {
        _random = BenchmarkBundles.Random(1);
        _valid = BenchmarkBundles.Valid(2);
    }

    [Benchmark(OperationsPerInvoke = BenchmarkBundles.Count)]
    public int DecodeRandomBundles() => DecodeAll(_random);

    [Benchmark(OperationsPerInvoke = BenchmarkBundles.Count)]
    public int DecodeValidBundles() => DecodeAll(_valid);

    private static int DecodeAll(Bundle[] bundles)
    {
        int sum = 0;
        foreach (ref readonly var b in bundles.AsSpan())
        {
            Decoder.DecodeBundle(b, out var i0, out var i1, out var i2);
            sum += i0.OpcodeId + i1.OpcodeId + i2.OpcodeId;
        }

        return sum;
    }
}
