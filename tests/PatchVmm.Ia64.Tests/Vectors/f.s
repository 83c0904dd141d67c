// F-unit test vectors (SDM formats F1-F16): every F instruction with every completer
// value (status fields .s0-.s3, fcmp/fpcmp relations, .unc, xma forms), the pseudo-ops
// objdump prints (fadd fmpy fnorm fsub fnmpy fpmpy fpnmpy xmpy mov fabs fneg fnegabs fpabs
// fpneg fpnegabs) and the assembler aliases it prints as base forms (fma = fma.s0,
// fcmp.gt = fcmp.lt swapped, fclass.nm = fclass.m swapped, fcvt.xuf = fnorm, xma.lu = xma.l),
// assembled with `ia64-linux-gnu-as -x` and disassembled by GNU objdump 2.40 (the oracle);
// see tools/isa-check.sh. Reserved encodings (objdump prints data8) and bits objdump
// ignores come last, as raw bundles (MFI: nop.m, the F slot, nop.i).
// Known gap: mov/fneg/fpneg with f2 = f3 = f1..f4 (objdump: `mov f6=f1`) are not listed;
// the table prints them as fmerge.s/fmerge.ns/fpmerge.ns (see Isa/f.isa).
	.text
	.explicit
.Lback:
// ---- F1: fma fms fnma (.s .d) and fpma fpms fpnma, every status field ----
{ .mfi
	nop.m 0x0
	fma.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p1) fma.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p2) fma.s.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.d.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p3) fma.d.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.d.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.d.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpma.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p4) fpma.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpma.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpma.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p5) fms.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p6) fms.s.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.d.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p7) fms.d.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.d.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.d.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpms.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p8) fpms.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpms.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpms.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p9) fnma.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p10) fnma.s.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.d.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p11) fnma.d.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.d.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.d.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnma.s0 f6=f127,f32,f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p12) fpnma.s1 f7=f126,f33,f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnma.s2 f8=f125,f34,f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnma.s3 f9=f124,f35,f67
	nop.i 0x0 ;;
}
// bare forms: the assembler takes them as .s0
{ .mfi
	nop.m 0x0
	fma f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.d f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpma f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.d f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpms f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.d f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnma f6=f7,f8,f9
	nop.i 0x0 ;;
}
// f4 = f1: fadd / fsub; f2 = f0: fmpy / fnmpy / fpmpy / fpnmpy; both: fnorm
{ .mfi
	nop.m 0x0
	fadd.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s0 f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s1 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s1 f10=f11,f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s1 f10=f11,f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s1 f10=f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s2 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s2 f10=f11,f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s2 f10=f11,f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s2 f10=f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s3 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s3 f10=f11,f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s3 f10=f11,f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s3 f10=f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p13) fmpy.s3 f13=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p14) fmpy.s3 f13=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p15) fmpy.s3 f13=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p16) fmpy.s3 f13=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p17) fmpy.s3 f13=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p18) fmpy.s3 f13=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p19) fmpy.s3 f13=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p20) fmpy.s3 f13=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s0 f10=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s1 f11=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s2 f12=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p21) fmpy.s3 f13=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s0 f10=f11,f1,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s2 f10=f0,f0,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xuf.s1 f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xuf f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s.s0 f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s.s1 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s.s1 f10=f11,f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s.s1 f10=f11,f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s.s1 f10=f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s.s2 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s.s2 f10=f11,f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s.s2 f10=f11,f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s.s2 f10=f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s.s3 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s.s3 f10=f11,f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s.s3 f10=f11,f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s.s3 f10=f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p22) fmpy.s.s3 f13=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p23) fmpy.s.s3 f13=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p24) fmpy.s.s3 f13=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p25) fmpy.s.s3 f13=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p26) fmpy.s.s3 f13=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p27) fmpy.s.s3 f13=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p28) fmpy.s.s3 f13=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p29) fmpy.s.s3 f13=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s0 f10=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s1 f11=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s.s2 f12=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p30) fmpy.s.s3 f13=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s.s0 f10=f11,f1,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.s.s2 f10=f0,f0,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xuf.s.s1 f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xuf.s f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.s f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.s f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.s f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.s f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.s f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.d.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.d.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.d.s0 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.d.s0 f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.d.s1 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.d.s1 f10=f11,f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.d.s1 f10=f11,f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.d.s1 f10=f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.d.s2 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.d.s2 f10=f11,f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.d.s2 f10=f11,f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.d.s2 f10=f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.d.s3 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.d.s3 f10=f11,f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.d.s3 f10=f11,f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.d.s3 f10=f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p31) fmpy.d.s3 f13=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p32) fmpy.d.s3 f13=f11,f2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p33) fmpy.d.s3 f13=f11,f3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p34) fmpy.d.s3 f13=f11,f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p35) fmpy.d.s3 f13=f11,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p36) fmpy.d.s3 f13=f11,f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p37) fmpy.d.s3 f13=f11,f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p38) fmpy.d.s3 f13=f11,f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s0 f10=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s1 f11=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d.s2 f12=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p39) fmpy.d.s3 f13=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.d.s0 f10=f11,f1,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fma.d.s2 f10=f0,f0,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xuf.d.s1 f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xuf.d f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fadd.d f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmpy.d f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsub.d f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnmpy.d f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnorm.d f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmpy.s0 f10=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnmpy.s0 f10=f11,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmpy.s1 f10=f11,f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnmpy.s1 f10=f11,f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmpy.s2 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnmpy.s2 f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmpy.s3 f10=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnmpy.s3 f10=f11,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmpy f10=f11,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnmpy f10=f11,f12
	nop.i 0x0 ;;
}
// f4 = f1 is no pseudo-op for fpma fpms fnma fpnma; f2 = f0 none for fms fpms
{ .mfi
	nop.m 0x0
	fpma.s0 f10=f11,f1,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpms.s1 f10=f11,f1,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnma.s2 f10=f11,f1,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnma.s3 f10=f11,f1,f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fms.s0 f10=f11,f12,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpms.s0 f10=f11,f12,f0
	nop.i 0x0 ;;
}
// ---- F2: xma.l .h .hu and xmpy (f2 = f0); .lu is an alias of .l ----
{ .mfi
	nop.m 0x0
	(p40) xma.l f20=f21,f22,f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xmpy.l f20=f21,f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xma.l f127=f0,f1,f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p41) xma.h f20=f21,f22,f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xmpy.h f20=f21,f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xma.h f127=f0,f1,f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p42) xma.hu f20=f21,f22,f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xmpy.hu f20=f21,f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xma.hu f127=f0,f1,f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p43) xma.lu f20=f21,f22,f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xmpy.lu f20=f21,f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	xma.lu f127=f0,f1,f1
	nop.i 0x0 ;;
}
// ---- F3: fselect ----
{ .mfi
	nop.m 0x0
	fselect f6=f7,f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p63) fselect f127=f0,f1,f0
	nop.i 0x0 ;;
}
// ---- F4: fcmp, every relation, .unc and status field, and the swapped aliases ----
{ .mfi
	nop.m 0x0
	fcmp.eq.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p44) fcmp.eq.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq.unc.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq.unc.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq.unc.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p45) fcmp.eq.unc.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.eq.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p46) fcmp.lt.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.unc.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.unc.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.unc.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p47) fcmp.lt.unc.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.lt.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p48) fcmp.le.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.unc.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.unc.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.unc.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p49) fcmp.le.unc.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.le.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p50) fcmp.unord.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.unc.s0 p1,p63=f2,f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.unc.s1 p2,p62=f3,f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.unc.s2 p3,p61=f4,f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p51) fcmp.unord.unc.s3 p4,p60=f5,f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.unord.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.gt.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.gt p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.gt.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.gt.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ge.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ge p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ge.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ge.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.neq.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.neq p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.neq.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.neq.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nlt.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nlt p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nlt.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nlt.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nle.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nle p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nle.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nle.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ngt.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ngt p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ngt.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ngt.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nge.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nge p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nge.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.nge.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ord.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ord p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ord.unc.s1 p6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcmp.ord.unc p6,p7=f8,f9
	nop.i 0x0 ;;
}
// ---- F5: fclass.m (.unc), fclass.nm (prints as fclass.m with p1/p2 swapped) ----
{ .mfi
	nop.m 0x0
	(p52) fclass.m p6,p60=f10,0x0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p6,p60=f10,0x0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p7,p59=f11,0x1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p7,p59=f11,0x1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p8,p58=f12,0x2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p8,p58=f12,0x2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p53) fclass.m p9,p57=f13,0x3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p9,p57=f13,0x3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p10,p56=f14,0x4
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p10,p56=f14,0x4
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p11,p55=f15,0x100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p11,p55=f15,0x100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p54) fclass.m p12,p54=f16,0x155
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p12,p54=f16,0x155
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p13,p53=f17,0xaa
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p13,p53=f17,0xaa
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p14,p52=f18,0x1ff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m.unc p14,p52=f18,0x1ff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.nm p6,p7=f8,0x1ff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.nm.unc p6,p7=f8,0x3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclass.m p1,p2=f127,@nat|@qnan|@snan|@pos|@neg|@zero|@unorm|@norm|@inf
	nop.i 0x0 ;;
}
// ---- F6, F7: frcpa fprcpa frsqrta fprsqrta ----
{ .mfi
	nop.m 0x0
	frcpa.s0 f6,p6=f40,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frcpa.s1 f7,p25=f41,f126
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p55) frcpa.s2 f8,p44=f42,f125
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frcpa.s3 f9,p63=f43,f124
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frcpa f6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprcpa.s0 f6,p6=f40,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprcpa.s1 f7,p25=f41,f126
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p56) fprcpa.s2 f8,p44=f42,f125
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprcpa.s3 f9,p63=f43,f124
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprcpa f6,p7=f8,f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frsqrta.s0 f6,p6=f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frsqrta.s1 f7,p25=f41
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p57) frsqrta.s2 f8,p44=f42
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frsqrta.s3 f9,p63=f43
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	frsqrta f6,p7=f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprsqrta.s0 f6,p6=f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprsqrta.s1 f7,p25=f41
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p58) fprsqrta.s2 f8,p44=f42
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprsqrta.s3 f9,p63=f43
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fprsqrta f6,p7=f8
	nop.i 0x0 ;;
}
// ---- F8: fmin fmax famin famax, fp versions, fpcmp (every relation, with aliases) ----
{ .mfi
	nop.m 0x0
	(p59) fmin.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmin.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmin.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmin.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmin f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p60) fmax.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmax.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmax.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmax.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmax f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p61) famin.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famin.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famin.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famin.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famin f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p62) famax.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famax.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famax.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famax.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	famax f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p63) fpmin.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmin.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmin.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmin.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmin f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p1) fpmax.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmax.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmax.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmax.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmax f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p2) fpamin.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamin.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamin.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamin.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamin f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p3) fpamax.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamax.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamax.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamax.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpamax f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.eq.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p4) fpcmp.eq.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.eq.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.eq.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.eq f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.lt.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p5) fpcmp.lt.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.lt.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.lt.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.lt f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.le.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p6) fpcmp.le.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.le.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.le.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.le f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.unord.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p7) fpcmp.unord.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.unord.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.unord.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.unord f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.neq.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p8) fpcmp.neq.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.neq.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.neq.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.neq f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nlt.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p9) fpcmp.nlt.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nlt.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nlt.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nlt f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nle.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p10) fpcmp.nle.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nle.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nle.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nle f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ord.s0 f6=f30,f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p11) fpcmp.ord.s1 f7=f31,f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ord.s2 f8=f32,f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ord.s3 f9=f33,f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ord f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.gt.s3 f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.gt f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ge.s3 f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ge f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ngt.s3 f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.ngt f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nge.s3 f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcmp.nge f6=f7,f8
	nop.i 0x0 ;;
}
// ---- F9: fmerge fpmerge fmix fsxt fpack fswap fand fandcm for fxor, and pseudo-ops ----
{ .mfi
	nop.m 0x0
	fmerge.s f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p12) fmerge.s f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.s f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.ns f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p13) fmerge.ns f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.ns f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.se f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p14) fmerge.se f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.se f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.s f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p15) fpmerge.s f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.s f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.ns f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p16) fpmerge.ns f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.ns f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.se f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p17) fpmerge.se f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.se f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmix.l f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p18) fmix.l f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmix.l f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmix.r f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p19) fmix.r f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmix.r f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmix.lr f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p20) fmix.lr f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmix.lr f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsxt.l f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p21) fsxt.l f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsxt.l f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsxt.r f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p22) fsxt.r f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsxt.r f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpack f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p23) fpack f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpack f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fswap f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p24) fswap f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fswap f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fswap.nl f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p25) fswap.nl f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fswap.nl f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fswap.nr f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p26) fswap.nr f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fswap.nr f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fand f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p27) fand f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fand f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fandcm f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p28) fandcm f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fandcm f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	for f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p29) for f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	for f2=f1,f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fxor f6=f7,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p30) fxor f127=f126,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fxor f2=f1,f127
	nop.i 0x0 ;;
}
// f2 = f3: mov (fmerge.s), fneg (fmerge.ns), fpneg (fpmerge.ns); f2 = f0: fabs fnegabs fpabs fpnegabs
// (one row per register in the table, so every register is listed)
{ .mfi
	nop.m 0x0
	mov f100=f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f98=f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f97=f6
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f97=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f96=f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f96=f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f95=f10
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f95=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f94=f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f94=f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f93=f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f93=f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f92=f16
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f92=f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f91=f18
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f91=f19
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f90=f20
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f90=f21
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f89=f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f89=f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f88=f24
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f88=f25
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f87=f26
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f87=f27
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f86=f28
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f86=f29
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f85=f30
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f85=f31
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f84=f32
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f84=f33
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f83=f34
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f83=f35
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f82=f36
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f82=f37
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f81=f38
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f81=f39
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f80=f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f80=f41
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f79=f42
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f79=f43
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f78=f44
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f78=f45
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f77=f46
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f77=f47
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f76=f48
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f76=f49
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f75=f50
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f75=f51
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f74=f52
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f74=f53
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f73=f54
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f73=f55
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f72=f56
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f72=f57
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f71=f58
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f71=f59
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f70=f60
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f70=f61
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f69=f62
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f69=f63
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f68=f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f68=f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f67=f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f67=f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f66=f68
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f66=f69
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f65=f70
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f65=f71
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f64=f72
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f64=f73
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f63=f74
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f63=f75
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f62=f76
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f62=f77
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f61=f78
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f61=f79
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f60=f80
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f60=f81
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f59=f82
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f59=f83
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f58=f84
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f58=f85
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f57=f86
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f57=f87
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f56=f88
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f56=f89
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f55=f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f55=f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f54=f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f54=f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f53=f94
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f53=f95
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f52=f96
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f52=f97
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f51=f98
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f51=f99
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f50=f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f50=f101
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f49=f102
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f49=f103
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f48=f104
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f48=f105
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f47=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f47=f107
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f46=f108
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f46=f109
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f45=f110
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f45=f111
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f44=f112
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f44=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f43=f114
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f43=f115
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f42=f116
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f42=f117
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f41=f118
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f41=f119
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f40=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f40=f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f39=f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f39=f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f38=f124
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f38=f125
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f37=f126
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	mov f37=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f7=f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f8=f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f9=f6
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f9=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f9=f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f10=f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f10=f10
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f11=f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f11=f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f11=f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f12=f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f12=f16
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f12=f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f13=f18
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f13=f19
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f13=f20
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f14=f21
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f14=f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f14=f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f15=f24
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f15=f25
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f15=f26
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f16=f27
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f16=f28
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f16=f29
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f17=f30
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f17=f31
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f17=f32
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f18=f33
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f18=f34
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f18=f35
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f19=f36
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f19=f37
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f19=f38
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f20=f39
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f20=f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f20=f41
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f21=f42
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f21=f43
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f21=f44
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f22=f45
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f22=f46
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f22=f47
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f23=f48
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f23=f49
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f23=f50
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f24=f51
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f24=f52
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f24=f53
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f25=f54
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f25=f55
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f25=f56
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f26=f57
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f26=f58
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f26=f59
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f27=f60
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f27=f61
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f27=f62
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f28=f63
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f28=f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f28=f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f29=f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f29=f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f29=f68
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f30=f69
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f30=f70
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f30=f71
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f31=f72
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f31=f73
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f31=f74
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f32=f75
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f32=f76
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f32=f77
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f33=f78
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f33=f79
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f33=f80
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f34=f81
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f34=f82
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f34=f83
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f35=f84
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f35=f85
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f35=f86
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f36=f87
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f36=f88
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f36=f89
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f37=f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f37=f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f37=f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f38=f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f38=f94
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f38=f95
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f39=f96
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f39=f97
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f39=f98
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f40=f99
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f40=f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f40=f101
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f41=f102
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f41=f103
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f41=f104
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f42=f105
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f42=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f42=f107
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f43=f108
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f43=f109
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f43=f110
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f44=f111
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f44=f112
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f44=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f45=f114
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f45=f115
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f45=f116
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f46=f117
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f46=f118
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f46=f119
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f47=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f47=f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f47=f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f48=f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f48=f124
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f48=f125
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f49=f126
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fneg f49=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p31) fpneg f8=f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f9=f5
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f9=f6
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f9=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f10=f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f10=f9
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p32) fpneg f10=f10
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f10=f11
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f11=f12
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f11=f13
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f11=f14
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f11=f15
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f12=f16
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f12=f17
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f12=f18
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f12=f19
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p33) fpneg f13=f20
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f13=f21
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f13=f22
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f13=f23
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f14=f24
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f14=f25
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f14=f26
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f14=f27
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f15=f28
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f15=f29
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p34) fpneg f15=f30
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f15=f31
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f16=f32
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f16=f33
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f16=f34
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f16=f35
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f17=f36
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f17=f37
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f17=f38
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f17=f39
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p35) fpneg f18=f40
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f18=f41
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f18=f42
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f18=f43
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f19=f44
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f19=f45
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f19=f46
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f19=f47
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f20=f48
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f20=f49
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p36) fpneg f20=f50
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f20=f51
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f21=f52
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f21=f53
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f21=f54
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f21=f55
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f22=f56
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f22=f57
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f22=f58
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f22=f59
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p37) fpneg f23=f60
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f23=f61
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f23=f62
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f23=f63
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f24=f64
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f24=f65
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f24=f66
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f24=f67
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f25=f68
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f25=f69
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p38) fpneg f25=f70
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f25=f71
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f26=f72
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f26=f73
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f26=f74
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f26=f75
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f27=f76
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f27=f77
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f27=f78
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f27=f79
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p39) fpneg f28=f80
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f28=f81
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f28=f82
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f28=f83
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f29=f84
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f29=f85
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f29=f86
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f29=f87
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f30=f88
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f30=f89
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p40) fpneg f30=f90
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f30=f91
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f31=f92
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f31=f93
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f31=f94
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f31=f95
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f32=f96
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f32=f97
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f32=f98
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f32=f99
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p41) fpneg f33=f100
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f33=f101
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f33=f102
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f33=f103
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f34=f104
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f34=f105
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f34=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f34=f107
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f35=f108
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f35=f109
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p42) fpneg f35=f110
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f35=f111
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f36=f112
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f36=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f36=f114
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f36=f115
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f37=f116
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f37=f117
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f37=f118
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f37=f119
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p43) fpneg f38=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f38=f121
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f38=f122
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f38=f123
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f39=f124
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f39=f125
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f39=f126
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpneg f39=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p9) mov f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.s f6=f8,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.ns f6=f8,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.s f6=f8,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.s f6=f0,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpmerge.se f6=f8,f8
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fmerge.se f6=f0,f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fabs f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p44) fabs f127=f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fabs f6=f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnegabs f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p45) fnegabs f127=f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fnegabs f6=f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpabs f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p46) fpabs f127=f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpabs f6=f0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnegabs f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p47) fpnegabs f127=f1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpnegabs f6=f0
	nop.i 0x0 ;;
}
// ---- F10, F11: fcvt.fx fcvt.fxu (.trunc), fpcvt, fcvt.xf ----
{ .mfi
	nop.m 0x0
	fcvt.fx.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p48) fcvt.fx.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p49) fcvt.fxu.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx.trunc.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx.trunc.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx.trunc.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p50) fcvt.fx.trunc.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fx.trunc f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.trunc.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.trunc.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.trunc.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p51) fcvt.fxu.trunc.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.fxu.trunc f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p52) fpcvt.fx.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p53) fpcvt.fxu.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.trunc.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.trunc.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.trunc.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p54) fpcvt.fx.trunc.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fx.trunc f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.trunc.s0 f6=f127
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.trunc.s1 f36=f120
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.trunc.s2 f66=f113
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p55) fpcvt.fxu.trunc.s3 f96=f106
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fpcvt.fxu.trunc f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fcvt.xf f6=f7
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p5) fcvt.xf f127=f0
	nop.i 0x0 ;;
}
// ---- F12-F14: fsetc fclrf fchkf ----
{ .mfi
	nop.m 0x0
	fsetc.s0 0x0,0x7f
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclrf.s0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s0 .Lback
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s0 .Lfwd
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsetc.s1 0x7f,0x0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p56) fclrf.s1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s1 .Lback
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s1 .Lfwd
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsetc.s2 0x55,0x2a
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p57) fclrf.s2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s2 .Lback
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s2 .Lfwd
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsetc.s3 0x2a,0x55
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p58) fclrf.s3
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s3 .Lback
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf.s3 .Lfwd
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fsetc 0x1,0x2
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fclrf
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	fchkf .Lback
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p63) fchkf.s2 .Lfwd
	nop.i 0x0 ;;
}
// ---- F15, F16: break.f nop.f hint.f ----
{ .mfi
	nop.m 0x0
	break.f 0x0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	break.f 0x1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	break.f 0x80000
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	break.f 0xfffff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	break.f 0x100000
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	break.f 0x1fffff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p59) break.f 0x12345
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	nop.f 0x0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	nop.f 0x1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	nop.f 0x80000
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	nop.f 0xfffff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	nop.f 0x100000
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	nop.f 0x1fffff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p60) nop.f 0x12345
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f 0x0
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f 0x1
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f 0x80000
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f 0xfffff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f 0x100000
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f 0x1fffff
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	(p61) hint.f 0x12345
	nop.i 0x0 ;;
}
{ .mfi
	nop.m 0x0
	hint.f @pause
	nop.i 0x0 ;;
}
// ---- raw bundles ----
	data8 0x000000010000000c, 0x0004000000100000	// op 2 reserved
	data8 0xffffc0010000000c, 0x000400000017ffff	// op 2 reserved
	data8 0x000000010000000c, 0x0004000000180000	// op 3 reserved
	data8 0xffffc0010000000c, 0x00040000001fffff	// op 3 reserved
	data8 0x000000010000000c, 0x0004000000300000	// op 6 reserved
	data8 0xffffc0010000000c, 0x000400000037ffff	// op 6 reserved
	data8 0x000000010000000c, 0x0004000000380000	// op 7 reserved
	data8 0xffffc0010000000c, 0x00040000003fffff	// op 7 reserved
	data8 0x000000010000000c, 0x0004000000780000	// op 15 reserved
	data8 0xffffc0010000000c, 0x00040000007fffff	// op 15 reserved
	data8 0x386000010000000c, 0x0004000000000420	// op 0 x6=0x02 reserved
	data8 0x386000010000000c, 0x0004000000000620	// op 0 x6=0x03 reserved
	data8 0x386000010000000c, 0x0004000000000c20	// op 0 x6=0x06 reserved
	data8 0x386000010000000c, 0x0004000000000e20	// op 0 x6=0x07 reserved
	data8 0x386000010000000c, 0x0004000000001220	// op 0 x6=0x09 reserved
	data8 0x386000010000000c, 0x0004000000001420	// op 0 x6=0x0a reserved
	data8 0x386000010000000c, 0x0004000000001620	// op 0 x6=0x0b reserved
	data8 0x386000010000000c, 0x0004000000001820	// op 0 x6=0x0c reserved
	data8 0x386000010000000c, 0x0004000000001a20	// op 0 x6=0x0d reserved
	data8 0x386000010000000c, 0x0004000000001c20	// op 0 x6=0x0e reserved
	data8 0x386000010000000c, 0x0004000000001e20	// op 0 x6=0x0f reserved
	data8 0x386000010000000c, 0x0004000000002620	// op 0 x6=0x13 reserved
	data8 0x386000010000000c, 0x0004000000003a20	// op 0 x6=0x1d reserved
	data8 0x386000010000000c, 0x0004000000003c20	// op 0 x6=0x1e reserved
	data8 0x386000010000000c, 0x0004000000003e20	// op 0 x6=0x1f reserved
	data8 0x386000010000000c, 0x0004000000004020	// op 0 x6=0x20 reserved
	data8 0x386000010000000c, 0x0004000000004220	// op 0 x6=0x21 reserved
	data8 0x386000010000000c, 0x0004000000004420	// op 0 x6=0x22 reserved
	data8 0x386000010000000c, 0x0004000000004620	// op 0 x6=0x23 reserved
	data8 0x386000010000000c, 0x0004000000004820	// op 0 x6=0x24 reserved
	data8 0x386000010000000c, 0x0004000000004a20	// op 0 x6=0x25 reserved
	data8 0x386000010000000c, 0x0004000000004c20	// op 0 x6=0x26 reserved
	data8 0x386000010000000c, 0x0004000000004e20	// op 0 x6=0x27 reserved
	data8 0x386000010000000c, 0x0004000000005220	// op 0 x6=0x29 reserved
	data8 0x386000010000000c, 0x0004000000005420	// op 0 x6=0x2a reserved
	data8 0x386000010000000c, 0x0004000000005620	// op 0 x6=0x2b reserved
	data8 0x386000010000000c, 0x0004000000006020	// op 0 x6=0x30 reserved
	data8 0x386000010000000c, 0x0004000000006220	// op 0 x6=0x31 reserved
	data8 0x386000010000000c, 0x0004000000006420	// op 0 x6=0x32 reserved
	data8 0x386000010000000c, 0x0004000000006620	// op 0 x6=0x33 reserved
	data8 0x386000010000000c, 0x0004000000006e20	// op 0 x6=0x37 reserved
	data8 0x386000010000000c, 0x0004000000007020	// op 0 x6=0x38 reserved
	data8 0x386000010000000c, 0x0004000000007c20	// op 0 x6=0x3e reserved
	data8 0x386000010000000c, 0x0004000000007e20	// op 0 x6=0x3f reserved
	data8 0x386000010000000c, 0x0004000000080020	// op 1 x6=0x00 reserved
	data8 0x386000010000000c, 0x0004000000080220	// op 1 x6=0x01 reserved
	data8 0x386000010000000c, 0x0004000000080420	// op 1 x6=0x02 reserved
	data8 0x386000010000000c, 0x0004000000080620	// op 1 x6=0x03 reserved
	data8 0x386000010000000c, 0x0004000000080820	// op 1 x6=0x04 reserved
	data8 0x386000010000000c, 0x0004000000080a20	// op 1 x6=0x05 reserved
	data8 0x386000010000000c, 0x0004000000080c20	// op 1 x6=0x06 reserved
	data8 0x386000010000000c, 0x0004000000080e20	// op 1 x6=0x07 reserved
	data8 0x386000010000000c, 0x0004000000081020	// op 1 x6=0x08 reserved
	data8 0x386000010000000c, 0x0004000000081220	// op 1 x6=0x09 reserved
	data8 0x386000010000000c, 0x0004000000081420	// op 1 x6=0x0a reserved
	data8 0x386000010000000c, 0x0004000000081620	// op 1 x6=0x0b reserved
	data8 0x386000010000000c, 0x0004000000081820	// op 1 x6=0x0c reserved
	data8 0x386000010000000c, 0x0004000000081a20	// op 1 x6=0x0d reserved
	data8 0x386000010000000c, 0x0004000000081c20	// op 1 x6=0x0e reserved
	data8 0x386000010000000c, 0x0004000000081e20	// op 1 x6=0x0f reserved
	data8 0x386000010000000c, 0x0004000000082620	// op 1 x6=0x13 reserved
	data8 0x386000010000000c, 0x0004000000083820	// op 1 x6=0x1c reserved
	data8 0x386000010000000c, 0x0004000000083a20	// op 1 x6=0x1d reserved
	data8 0x386000010000000c, 0x0004000000083c20	// op 1 x6=0x1e reserved
	data8 0x386000010000000c, 0x0004000000083e20	// op 1 x6=0x1f reserved
	data8 0x386000010000000c, 0x0004000000084020	// op 1 x6=0x20 reserved
	data8 0x386000010000000c, 0x0004000000084220	// op 1 x6=0x21 reserved
	data8 0x386000010000000c, 0x0004000000084420	// op 1 x6=0x22 reserved
	data8 0x386000010000000c, 0x0004000000084620	// op 1 x6=0x23 reserved
	data8 0x386000010000000c, 0x0004000000084820	// op 1 x6=0x24 reserved
	data8 0x386000010000000c, 0x0004000000084a20	// op 1 x6=0x25 reserved
	data8 0x386000010000000c, 0x0004000000084c20	// op 1 x6=0x26 reserved
	data8 0x386000010000000c, 0x0004000000084e20	// op 1 x6=0x27 reserved
	data8 0x386000010000000c, 0x0004000000085020	// op 1 x6=0x28 reserved
	data8 0x386000010000000c, 0x0004000000085220	// op 1 x6=0x29 reserved
	data8 0x386000010000000c, 0x0004000000085420	// op 1 x6=0x2a reserved
	data8 0x386000010000000c, 0x0004000000085620	// op 1 x6=0x2b reserved
	data8 0x386000010000000c, 0x0004000000085820	// op 1 x6=0x2c reserved
	data8 0x386000010000000c, 0x0004000000085a20	// op 1 x6=0x2d reserved
	data8 0x386000010000000c, 0x0004000000085c20	// op 1 x6=0x2e reserved
	data8 0x386000010000000c, 0x0004000000085e20	// op 1 x6=0x2f reserved
	data8 0x386000010000000c, 0x0004000000087020	// op 1 x6=0x38 reserved
	data8 0x386000010000000c, 0x0004000000087220	// op 1 x6=0x39 reserved
	data8 0x386000010000000c, 0x0004000000087420	// op 1 x6=0x3a reserved
	data8 0x386000010000000c, 0x0004000000087620	// op 1 x6=0x3b reserved
	data8 0x386000010000000c, 0x0004000000087820	// op 1 x6=0x3c reserved
	data8 0x386000010000000c, 0x0004000000087a20	// op 1 x6=0x3d reserved
	data8 0x386000010000000c, 0x0004000000087c20	// op 1 x6=0x3e reserved
	data8 0x386000010000000c, 0x0004000000087e20	// op 1 x6=0x3f reserved
	data8 0x386000010000000c, 0x0004000000751220	// xma x2=1 reserved
	data8 0x386040010000000c, 0x0004000000751220	// xma x2=1 reserved
	data8 0x386080010000000c, 0x0004000000751220	// xma x2=1 reserved
	data8 0x3860c0010000000c, 0x0004000000751220	// xma x2=1 reserved
	data8 0x006000010000000c, 0x0004000000751220	// xmpy x2=1 reserved
	data8 0xfff000010000000c, 0x00040000000701ff	// break.f: bit 26 and sf ignored; imm21 all ones
	data8 0xffffc0010000000c, 0x00040000000700ff	// (p63) break.f 0x1fffff
	data8 0xfff000010000000c, 0x00040000000702ff	// nop.f: sf ignored
	data8 0xfff000010000000c, 0x00040000000603ff	// hint.f: sf ignored
	data8 0xfff000010000000c, 0x00040000000709ff	// fsetc: bits 12:6 and 36 ignored
	data8 0xfff000010000000c, 0x0004000000060bff	// fclrf: bits 26:6 and 36 ignored
	data8 0xfff000010000000c, 0x00040000000111ff	// fchkf: bit 26 ignored
	data8 0x000000010000000c, 0x0004000000051000	// fchkf: most negative target
	data8 0x386000010000000c, 0x0004000000072020	// fmerge.s: bits 36:34 ignored
	data8 0x386000010000000c, 0x0004000000072220	// fmerge.ns: bits 36:34 ignored
	data8 0x386000010000000c, 0x0004000000072420	// fmerge.se: bits 36:34 ignored
	data8 0x386000010000000c, 0x0004000000075020	// fpack: bits 36:34 ignored
	data8 0x386000010000000c, 0x0004000000077a20	// fsxt.l: bits 36:34 ignored
	data8 0x006000010000000c, 0x0004000000072020	// fabs: bits 36:34 ignored
	data8 0x486000010000000c, 0x0004000000072024	// mov: bits 36:34 ignored
	data8 0x486000010000000c, 0x00040000000f2224	// fpneg: bits 36:34 ignored
	data8 0x386000010000000c, 0x00040000000f2420	// fpmerge.se: bits 36:34 ignored
	data8 0x386000010000000c, 0x0004000000072820	// fmin: bit 36 ignored
	data8 0x386000010000000c, 0x00040000000e6e20	// fpcmp.ord: bit 36 ignored
	data8 0x386000010000000c, 0x00040000000537fc	// fcvt.fxu.trunc: f3 and bit 36 ignored
	data8 0x386000010000000c, 0x00040000000e3154	// fpcvt.fx: f3 and bit 36 ignored
	data8 0x386000010000000c, 0x00040000000739fc	// fcvt.xf: f3 and bits 36:34 ignored
	data8 0xf86000010000000c, 0x000400000007fe23	// frsqrta: f2 ignored
	data8 0xa86000010000000c, 0x00040000000d8022	// fprsqrta: f2 ignored
	data8 0xfff000010000000c, 0x00040000002effff	// fclass.m.unc: bits 36:35 ignored
	data8 0x386000010000000c, 0x0004000000731220	// fselect: bits 35:34 ignored
	data8 0x3fffc0010000000c, 0x000400000027fe20	// (p63) fcmp.unord.unc.s3, all fields set
.Lfwd:
{ .mfi
	nop.m 0x0
	nop.f 0x0
	nop.i 0x0 ;;
}
// f2 = f3 pseudo-ops with sources f1-f4 (the relation rows; names that are also operands).
	{ .mfi
	nop.m 0
	mov f6=f1
	nop.i 0 ;;
	}
	{ .mfi
	nop.m 0
	fneg f7=f2
	nop.i 0 ;;
	}
	{ .mfi
	nop.m 0
	fpneg f8=f4
	nop.i 0 ;;
	}
	{ .mfi
	nop.m 0
	(p5) mov f9=f3
	nop.i 0 ;;
	}
