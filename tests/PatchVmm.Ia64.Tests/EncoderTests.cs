using System.Text.RegularExpressions;

namespace PatchVmm.Ia64.Tests;

public sealed class EncoderTests
{
    /// <summary>Every sensitive instruction of DESIGN.md §4 (privileged and non-trapping) is in
    /// the GNU as corpus, so the vector tests prove that the encoder and the text assembler
    /// reproduce GNU as's bits for it.</summary>
    [Theory]
    [InlineData(@"^mov psr\.l=r\d+$")]
    [InlineData(@"^mov r\d+=psr$")]
    [InlineData(@"^rsm 0x")]
    [InlineData(@"^ssm 0x")]
    [InlineData(@"^mov cr\.\w+=r\d+$")]
    [InlineData(@"^mov r\d+=cr\.\w+$")]
    [InlineData(@"^rfi$")]
    [InlineData(@"^bsw\.0$")]
    [InlineData(@"^bsw\.1$")]
    [InlineData(@"^itc\.i r\d+$")]
    [InlineData(@"^itc\.d r\d+$")]
    [InlineData(@"^itr\.i itr\[r\d+\]=r\d+$")]
    [InlineData(@"^itr\.d dtr\[r\d+\]=r\d+$")]
    [InlineData(@"^ptc\.l r\d+,r\d+$")]
    [InlineData(@"^ptc\.g r\d+,r\d+$")]
    [InlineData(@"^ptc\.ga r\d+,r\d+$")]
    [InlineData(@"^ptc\.e r\d+$")]
    [InlineData(@"^ptr\.i r\d+,r\d+$")]
    [InlineData(@"^ptr\.d r\d+,r\d+$")]
    [InlineData(@"^mov rr\[r\d+\]=r\d+$")]
    [InlineData(@"^mov r\d+=rr\[r\d+\]$")]
    [InlineData(@"^mov pkr\[r\d+\]=r\d+$")]
    [InlineData(@"^mov r\d+=pkr\[r\d+\]$")]
    [InlineData(@"^mov dbr\[r\d+\]=r\d+$")]
    [InlineData(@"^mov r\d+=dbr\[r\d+\]$")]
    [InlineData(@"^mov ibr\[r\d+\]=r\d+$")]
    [InlineData(@"^mov r\d+=ibr\[r\d+\]$")]
    [InlineData(@"^mov pmc\[r\d+\]=r\d+$")]
    [InlineData(@"^mov r\d+=pmc\[r\d+\]$")]
    [InlineData(@"^mov pmd\[r\d+\]=r\d+$")]
    [InlineData(@"^mov r\d+=pmd\[r\d+\]$")]
    [InlineData(@"^tpa r\d+=r\d+$")]
    [InlineData(@"^tak r\d+=r\d+$")]
    [InlineData(@"^mov\.m ar\.k[0-7]=r\d+$")]
    [InlineData(@"^mov\.m ar\.itc=r\d+$")]
    [InlineData(@"^mov\.m r\d+=ar\.itc$")]
    [InlineData(@"^thash r\d+=r\d+$")]
    [InlineData(@"^ttag r\d+=r\d+$")]
    [InlineData(@"^cover$")]
    [InlineData(@"^mov r\d+=cpuid\[r\d+\]$")]
    [InlineData(@"^probe\.")]
    [InlineData(@"^fc r\d+$")]
    [InlineData(@"^fc\.i r\d+$")]
    [InlineData(@"^epc$")]
    [InlineData(@"^break\.m 0x")]
    [InlineData(@"^break\.i 0x")]
    [InlineData(@"^break\.b 0x")]
    [InlineData(@"^break\.f 0x")]
    [InlineData(@"^break\.x 0x")]
    [InlineData(@"^nop\.m 0x")]
    [InlineData(@"^nop\.i 0x")]
    [InlineData(@"^nop\.b 0x")]
    [InlineData(@"^nop\.f 0x")]
    [InlineData(@"^nop\.x 0x")]
    [InlineData(@"^br\.cond\.\w+\.\w+ 0x")]
    [InlineData(@"^br\.call\.\w+\.\w+ b\d=0x")]
    [InlineData(@"^brl\.cond\.\w+\.\w+ 0x")]
    [InlineData(@"^brl\.call\.\w+\.\w+ b\d=0x")]
    public void Sensitive_and_patch_instructions_are_in_the_GNU_as_corpus(string pattern)
    {
        var re = new Regex(pattern, RegexOptions.CultureInvariant);
        bool found = VectorFile.CorpusFiles().SelectMany(VectorFile.Read)
            .SelectMany(v => v.Text)
            .Where(t => t.Length > 12)
            .Select(t => t[12..].EndsWith(";;", StringComparison.Ordinal) ? t[12..^2] : t[12..])
            .Any(re.IsMatch);
        Assert.True(found, $"no vector matches {pattern}");
    }

    [Fact]
    public void Break_patches_encode_in_every_unit_and_decode_back()
    {
        foreach (var (text, unit) in new[] { ("break.m 0x1ffff", Unit.M), ("break.i 0x80001", Unit.I), ("break.b 0x100000", Unit.B), ("break.f 0x1fffff", Unit.F) })
        {
            ulong bits = Assembler.Encode(text);
            Assert.True(Decoder.DecodeSlot(unit, bits, 0, out var ins), text);
            Assert.Equal(text, Disassembler.Format(ins, 0));
        }
    }

    [Fact]
    public void An_instruction_in_a_slot_its_template_does_not_allow_is_a_clear_error()
    {
        var br = Assembler.Parse("br.call.sptk.many b0=0x40");
        var nopm = Assembler.Parse("nop.m 0x0");
        var nopi = Assembler.Parse("nop.i 0x0");
        var e = Assert.Throws<EncodingException>(() => BundleEncoder.Encode(BundleTemplate.Get(0x00), br, nopi, nopi));
        Assert.Equal("'br.call.sptk.many' is an B-unit instruction; slot 0 of template MII holds M-unit instructions", e.Message);
        e = Assert.Throws<EncodingException>(() => BundleEncoder.Encode(BundleTemplate.Get(0x06), nopm, nopi, nopi));
        Assert.Equal("template 0x06 is reserved", e.Message);
        var movl = Assembler.Parse("movl r8=0x123456789abcdef0");
        e = Assert.Throws<EncodingException>(() => BundleEncoder.Encode(BundleTemplate.Get(0x00), nopm, nopi, movl));
        Assert.Contains("X-unit instruction; slot 2 of template MII holds I-unit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_MLX_bundle_round_trips_through_the_encoder()
    {
        var b = BundleEncoder.Encode(BundleTemplate.Get(0x05), Assembler.Parse("nop.m 0x0"), default, Assembler.Parse("movl r8=0x123456789abcdef0"));
        var text = Disassembler.Disassemble(b, 0x30);
        Assert.Equal("[MLX]       nop.m 0x0", text.Line0);
        Assert.Equal("            movl r8=0x123456789abcdef0;;", text.Line1);
    }

    [Fact]
    public void Operands_that_do_not_fit_are_reported()
    {
        var e = Assert.Throws<EncodingException>(() => Assembler.Parse("adds r1=9000,r2"));
        Assert.Contains("fit no form of adds", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<EncodingException>(() => Assembler.Parse("frobnicate r1"));
        Assert.Contains("unknown mnemonic 'frobnicate'", e.Message, StringComparison.Ordinal);
    }
}
