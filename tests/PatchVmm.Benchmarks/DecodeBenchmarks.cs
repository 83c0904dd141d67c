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

    /// <summary>Decoding plus reading every operand and completer value of every slot (what
    /// a consumer that needs all fields pays; decoding alone leaves them in the bits).</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkBundles.Count)]
    public long DecodeValidBundlesAndReadOperands()
    {
        long sum = 0;
        foreach (ref readonly var b in _valid.AsSpan())
        {
            Decoder.DecodeBundle(b, out var i0, out var i1, out var i2);
            sum += ReadAll(i0) + ReadAll(i1) + ReadAll(i2);
        }

        return sum;
    }

    private static long ReadAll(in Instruction ins)
    {
        long sum = ins.OpcodeId;
        for (int i = 0, n = ins.OperandCount; i < n; i++)
        {
            sum += ins.Operand(i);
        }

        var row = ins.Opcode;
        for (int i = 0, n = row is null ? 0 : row.Completers.Count; i < n; i++)
        {
            sum += ins.Completer(i);
        }

        return sum;
    }

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
