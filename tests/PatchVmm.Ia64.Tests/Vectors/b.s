// B-unit test vectors (SDM formats B1-B9): every instruction, every whether,
// prefetch and deallocation hint, every pseudo-op objdump prints (br.few / br.many
// for br.cond.sptk without predicate), assembled with `ia64-linux-gnu-as -x` and
// disassembled by GNU objdump 2.40 (the oracle); see tools/isa-check.sh.
// BBB bundles only, so no other unit is involved: one branch per bundle, nop.b in the
// other slots; the branch sits in slot 2 where the assembler requires it and rotates
// through slots 0-2 otherwise; a stop after each bundle. Forms the assembler refuses
// (hint.b, predicates on B8/B2/brp, reserved encodings that objdump prints as data8,
// bits objdump ignores) come last, as raw bundles.
	.text
	.explicit
.Lback:
{ .bbb
	break.b 0x0
	break.b 0x1fffff
	(p7) break.b 0x12345 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x1fffff
	(p63) nop.b 0x80001 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	cover ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	clrrrb ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	clrrrb.pr ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	rfi ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	bsw.0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	bsw.1 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	epc ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	vmsw.0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	vmsw.1 ;;
}
{ .bbb
	br.cond.sptk.few b0
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p2) br.cond.sptk.few b3
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.sptk.few.clr b1 ;;
}
{ .bbb
	(p3) br.cond.sptk.few.clr b4
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.sptk.many b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p4) br.cond.sptk.many b5 ;;
}
{ .bbb
	br.cond.sptk.many.clr b3
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p5) br.cond.sptk.many.clr b6
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.spnt.few b4 ;;
}
{ .bbb
	(p6) br.cond.spnt.few b7
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.spnt.few.clr b5
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p7) br.cond.spnt.few.clr b0 ;;
}
{ .bbb
	br.cond.spnt.many b6
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p8) br.cond.spnt.many b1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.spnt.many.clr b7 ;;
}
{ .bbb
	(p9) br.cond.spnt.many.clr b2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.dptk.few b0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p10) br.cond.dptk.few b3 ;;
}
{ .bbb
	br.cond.dptk.few.clr b1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p11) br.cond.dptk.few.clr b4
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.dptk.many b2 ;;
}
{ .bbb
	(p12) br.cond.dptk.many b5
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.dptk.many.clr b3
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p13) br.cond.dptk.many.clr b6 ;;
}
{ .bbb
	br.cond.dpnt.few b4
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p14) br.cond.dpnt.few b7
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.dpnt.few.clr b5 ;;
}
{ .bbb
	(p15) br.cond.dpnt.few.clr b0
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.dpnt.many b6
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p16) br.cond.dpnt.many b1 ;;
}
{ .bbb
	br.cond.dpnt.many.clr b7
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p17) br.cond.dpnt.many.clr b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.sptk.few b0 ;;
}
{ .bbb
	(p18) br.ia.sptk.few b3
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ia.sptk.few.clr b1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p19) br.ia.sptk.few.clr b4 ;;
}
{ .bbb
	br.ia.sptk.many b2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p20) br.ia.sptk.many b5
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.sptk.many.clr b3 ;;
}
{ .bbb
	(p21) br.ia.sptk.many.clr b6
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ia.spnt.few b4
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p22) br.ia.spnt.few b7 ;;
}
{ .bbb
	br.ia.spnt.few.clr b5
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p23) br.ia.spnt.few.clr b0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.spnt.many b6 ;;
}
{ .bbb
	(p24) br.ia.spnt.many b1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ia.spnt.many.clr b7
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p25) br.ia.spnt.many.clr b2 ;;
}
{ .bbb
	br.ia.dptk.few b0
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p26) br.ia.dptk.few b3
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.dptk.few.clr b1 ;;
}
{ .bbb
	(p27) br.ia.dptk.few.clr b4
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ia.dptk.many b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p28) br.ia.dptk.many b5 ;;
}
{ .bbb
	br.ia.dptk.many.clr b3
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p29) br.ia.dptk.many.clr b6
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.dpnt.few b4 ;;
}
{ .bbb
	(p30) br.ia.dpnt.few b7
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ia.dpnt.few.clr b5
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p31) br.ia.dpnt.few.clr b0 ;;
}
{ .bbb
	br.ia.dpnt.many b6
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p32) br.ia.dpnt.many b1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.dpnt.many.clr b7 ;;
}
{ .bbb
	(p33) br.ia.dpnt.many.clr b2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.sptk.few b0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p34) br.ret.sptk.few b3 ;;
}
{ .bbb
	br.ret.sptk.few.clr b1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p35) br.ret.sptk.few.clr b4
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ret.sptk.many b2 ;;
}
{ .bbb
	(p36) br.ret.sptk.many b5
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.sptk.many.clr b3
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p37) br.ret.sptk.many.clr b6 ;;
}
{ .bbb
	br.ret.spnt.few b4
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p38) br.ret.spnt.few b7
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ret.spnt.few.clr b5 ;;
}
{ .bbb
	(p39) br.ret.spnt.few.clr b0
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.spnt.many b6
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p40) br.ret.spnt.many b1 ;;
}
{ .bbb
	br.ret.spnt.many.clr b7
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p41) br.ret.spnt.many.clr b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ret.dptk.few b0 ;;
}
{ .bbb
	(p42) br.ret.dptk.few b3
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.dptk.few.clr b1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p43) br.ret.dptk.few.clr b4 ;;
}
{ .bbb
	br.ret.dptk.many b2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p44) br.ret.dptk.many b5
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ret.dptk.many.clr b3 ;;
}
{ .bbb
	(p45) br.ret.dptk.many.clr b6
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.dpnt.few b4
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p46) br.ret.dpnt.few b7 ;;
}
{ .bbb
	br.ret.dpnt.few.clr b5
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p47) br.ret.dpnt.few.clr b0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ret.dpnt.many b6 ;;
}
{ .bbb
	(p48) br.ret.dpnt.many b1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.dpnt.many.clr b7
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p49) br.ret.dpnt.many.clr b2 ;;
}
{ .bbb
	br b1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.clr b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.many b3 ;;
}
{ .bbb
	br.sptk.many.clr b4
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.ret.dptk b0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ia.spnt.clr b7 ;;
}
{ .bbb
	br.call.sptk.few b1=b3
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p50) br.call.sptk.few b2=b5
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.sptk.few.clr b2=b6 ;;
}
{ .bbb
	(p51) br.call.sptk.few.clr b3=b2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.sptk.many b3=b1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p52) br.call.sptk.many b4=b7 ;;
}
{ .bbb
	br.call.sptk.many.clr b4=b4
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p53) br.call.sptk.many.clr b5=b4
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.spnt.few b5=b7 ;;
}
{ .bbb
	(p54) br.call.spnt.few b6=b1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.spnt.few.clr b6=b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p55) br.call.spnt.few.clr b7=b6 ;;
}
{ .bbb
	br.call.spnt.many b7=b5
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p56) br.call.spnt.many b0=b3
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.spnt.many.clr b0=b0 ;;
}
{ .bbb
	(p57) br.call.spnt.many.clr b1=b0
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.dptk.few b1=b3
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p58) br.call.dptk.few b2=b5 ;;
}
{ .bbb
	br.call.dptk.few.clr b2=b6
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p59) br.call.dptk.few.clr b3=b2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.dptk.many b3=b1 ;;
}
{ .bbb
	(p60) br.call.dptk.many b4=b7
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.dptk.many.clr b4=b4
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p61) br.call.dptk.many.clr b5=b4 ;;
}
{ .bbb
	br.call.dpnt.few b5=b7
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p62) br.call.dpnt.few b6=b1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.dpnt.few.clr b6=b2 ;;
}
{ .bbb
	(p63) br.call.dpnt.few.clr b7=b6
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.dpnt.many b7=b5
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p1) br.call.dpnt.many b0=b3 ;;
}
{ .bbb
	br.call.dpnt.many.clr b0=b0
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p2) br.call.dpnt.many.clr b1=b0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.sptk.few .Lback ;;
}
{ .bbb
	(p3) br.cond.sptk.few .Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.sptk.few.clr .Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p4) br.cond.sptk.few.clr .Lback ;;
}
{ .bbb
	br.cond.sptk.many .Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p5) br.cond.sptk.many .Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.sptk.many.clr .Lfwd ;;
}
{ .bbb
	(p6) br.cond.sptk.many.clr .Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.spnt.few .Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p7) br.cond.spnt.few .Lfwd ;;
}
{ .bbb
	br.cond.spnt.few.clr .Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p8) br.cond.spnt.few.clr .Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.spnt.many .Lback ;;
}
{ .bbb
	(p9) br.cond.spnt.many .Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.spnt.many.clr .Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p10) br.cond.spnt.many.clr .Lback ;;
}
{ .bbb
	br.cond.dptk.few .Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p11) br.cond.dptk.few .Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.dptk.few.clr .Lfwd ;;
}
{ .bbb
	(p12) br.cond.dptk.few.clr .Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.dptk.many .Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p13) br.cond.dptk.many .Lfwd ;;
}
{ .bbb
	br.cond.dptk.many.clr .Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p14) br.cond.dptk.many.clr .Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.dpnt.few .Lback ;;
}
{ .bbb
	(p15) br.cond.dpnt.few .Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.cond.dpnt.few.clr .Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p16) br.cond.dpnt.few.clr .Lback ;;
}
{ .bbb
	br.cond.dpnt.many .Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p17) br.cond.dpnt.many .Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cond.dpnt.many.clr .Lfwd ;;
}
{ .bbb
	(p18) br.cond.dpnt.many.clr .Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.sptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p19) br.wexit.sptk.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.sptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p20) br.wexit.sptk.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.sptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p21) br.wexit.sptk.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.sptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p22) br.wexit.sptk.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.spnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p23) br.wexit.spnt.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.spnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p24) br.wexit.spnt.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.spnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p25) br.wexit.spnt.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.spnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p26) br.wexit.spnt.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p27) br.wexit.dptk.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p28) br.wexit.dptk.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p29) br.wexit.dptk.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p30) br.wexit.dptk.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dpnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p31) br.wexit.dpnt.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dpnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p32) br.wexit.dpnt.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dpnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p33) br.wexit.dpnt.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wexit.dpnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p34) br.wexit.dpnt.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.sptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p35) br.wtop.sptk.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.sptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p36) br.wtop.sptk.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.sptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p37) br.wtop.sptk.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.sptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p38) br.wtop.sptk.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.spnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p39) br.wtop.spnt.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.spnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p40) br.wtop.spnt.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.spnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p41) br.wtop.spnt.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.spnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p42) br.wtop.spnt.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p43) br.wtop.dptk.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p44) br.wtop.dptk.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p45) br.wtop.dptk.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p46) br.wtop.dptk.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dpnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p47) br.wtop.dpnt.few .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dpnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p48) br.wtop.dpnt.few.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dpnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p49) br.wtop.dpnt.many .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.wtop.dpnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p50) br.wtop.dpnt.many.clr .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.sptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.sptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.sptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.sptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.spnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.spnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.spnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.spnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dpnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dpnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dpnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cloop.dpnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.sptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.sptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.sptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.sptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.spnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.spnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.spnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.spnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dpnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dpnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dpnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.cexit.dpnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.sptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.sptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.sptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.sptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.spnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.spnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.spnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.spnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dptk.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dptk.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dptk.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dptk.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dpnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dpnt.few.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dpnt.many .Lback ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.ctop.dpnt.many.clr .Lfwd ;;
}
{ .bbb
	nop.b 0x0
	br.call.sptk.few b1=.Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p36) br.call.sptk.few b2=.Lfwd ;;
}
{ .bbb
	br.call.sptk.few.clr b2=.Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p37) br.call.sptk.few.clr b3=.Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.sptk.many b3=.Lback ;;
}
{ .bbb
	(p38) br.call.sptk.many b4=.Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.sptk.many.clr b4=.Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p39) br.call.sptk.many.clr b5=.Lfwd ;;
}
{ .bbb
	br.call.spnt.few b5=.Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p40) br.call.spnt.few b6=.Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.spnt.few.clr b6=.Lback ;;
}
{ .bbb
	(p41) br.call.spnt.few.clr b7=.Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.spnt.many b7=.Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p42) br.call.spnt.many b0=.Lfwd ;;
}
{ .bbb
	br.call.spnt.many.clr b0=.Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p43) br.call.spnt.many.clr b1=.Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.dptk.few b1=.Lback ;;
}
{ .bbb
	(p44) br.call.dptk.few b2=.Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.dptk.few.clr b2=.Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p45) br.call.dptk.few.clr b3=.Lfwd ;;
}
{ .bbb
	br.call.dptk.many b3=.Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p46) br.call.dptk.many b4=.Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.dptk.many.clr b4=.Lback ;;
}
{ .bbb
	(p47) br.call.dptk.many.clr b5=.Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.dpnt.few b5=.Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p48) br.call.dpnt.few b6=.Lfwd ;;
}
{ .bbb
	br.call.dpnt.few.clr b6=.Lback
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	(p49) br.call.dpnt.few.clr b7=.Lfwd
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	br.call.dpnt.many b7=.Lback ;;
}
{ .bbb
	(p50) br.call.dpnt.many b0=.Lfwd
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	br.call.dpnt.many.clr b0=.Lback
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	(p51) br.call.dpnt.many.clr b1=.Lfwd ;;
}
{ .bbb
	br .Lnear
	nop.b 0x0
	nop.b 0x0 ;;
}
.Lnear:
{ .bbb
	nop.b 0x0
	br.many.clr .Lnear
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	brp.sptk .Lback,.Ltag1 ;;
}
.Ltag1:
{ .bbb
	brp.sptk.imp .Lback,.Ltag1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	brp.loop .Lback,.Ltag1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	brp.loop.imp .Lback,.Ltag1 ;;
}
{ .bbb
	brp.dptk .Lback,.Ltag1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	brp.dptk.imp .Lback,.Ltag1
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	brp.exit .Lback,.Ltag1 ;;
}
{ .bbb
	brp.exit.imp .Lback,.Ltag1
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	brp.sptk b1,.Ltag2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	brp.ret.sptk b2,.Ltag2 ;;
}
{ .bbb
	brp.sptk.imp b3,.Ltag2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	brp.ret.sptk.imp b4,.Ltag2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	brp.dptk b5,.Ltag2 ;;
}
{ .bbb
	brp.ret.dptk b6,.Ltag2
	nop.b 0x0
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	brp.dptk.imp b7,.Ltag2
	nop.b 0x0 ;;
}
{ .bbb
	nop.b 0x0
	nop.b 0x0
	brp.ret.dptk.imp b0,.Ltag2 ;;
}
.Ltag2:
{ .bbb
	(p1) br.cond.dptk.few .Lback
	br.sptk.few b6
	(p2) br.ret.sptk.many b0 ;;
}
{ .bbb
	brp.loop.imp .Lfwd,.Ltag3
	(p3) br.call.dpnt.many b1=b2
	nop.b 0x0 ;;
}
.Ltag3:
{ .bbb
	nop.b 0x0
	br.call.sptk.many b0=.Lfwd
	(p9) br.wexit.spnt.few .Lback ;;
}
{ .bbb
	nop.b 0x0
	br.cond.spnt.many .Lfwd
	br.ia.sptk.many b3 ;;
}
// ---- raw bundles ----
	data8 0x0000080000000016, 0x2004000000100000	// hint.b 0x0
	data8 0x0000080100000016, 0x2000000000100000	// hint.b 0x0 (slot 0)
	data8 0x0000080000000016, 0x2805ffffe2900000	// (p5) hint.b 0x1fffff
	data8 0x00000a017ffff8b6, 0x2000000000100000	// (p5) hint.b 0x1fffff (slot 0)
	data8 0x0000080000000017, 0x2706000001100000	// hint.b: bits 26, 35:33 ignored
	data8 0x0000080000000017, 0x2702000001100000	// nop.b: bits 26, 35:33 ignored
	data8 0x0000080000000017, 0x0702000001100000	// break.b: bits 26, 35:33 ignored
	data8 0x0000080000000017, 0x08081fffff900000	// B8 x6=0x2: qp and other bits ignored
	data8 0x0000080000000017, 0x08101fffff900000	// B8 x6=0x4: qp and other bits ignored
	data8 0x0000080000000017, 0x08141fffff900000	// B8 x6=0x5: qp and other bits ignored
	data8 0x0000080000000017, 0x08201fffff900000	// B8 x6=0x8: qp and other bits ignored
	data8 0x0000080000000017, 0x08301fffff900000	// B8 x6=0xc: qp and other bits ignored
	data8 0x0000080000000017, 0x08341fffff900000	// B8 x6=0xd: qp and other bits ignored
	data8 0x0000080000000017, 0x08401fffff900000	// B8 x6=0x10: qp and other bits ignored
	data8 0x0000080000000017, 0x08601fffff900000	// B8 x6=0x18: qp and other bits ignored
	data8 0x0000080000000017, 0x08641fffff900000	// B8 x6=0x19: qp and other bits ignored
	data8 0x0000080000000017, 0x0004000000900000	// op 0 x6=0x1 reserved
	data8 0x0000080000000017, 0x000c000000900000	// op 0 x6=0x3 reserved
	data8 0x0000080000000017, 0x0018000000900000	// op 0 x6=0x6 reserved
	data8 0x0000080000000017, 0x001c000000900000	// op 0 x6=0x7 reserved
	data8 0x0000080000000017, 0x0024000000900000	// op 0 x6=0x9 reserved
	data8 0x0000080000000017, 0x0028000000900000	// op 0 x6=0xa reserved
	data8 0x0000080000000017, 0x002c000000900000	// op 0 x6=0xb reserved
	data8 0x0000080000000017, 0x0038000000900000	// op 0 x6=0xe reserved
	data8 0x0000080000000017, 0x003c000000900000	// op 0 x6=0xf reserved
	data8 0x0000080000000017, 0x0044000000900000	// op 0 x6=0x11 reserved
	data8 0x0000080000000017, 0x0048000000900000	// op 0 x6=0x12 reserved
	data8 0x0000080000000017, 0x004c000000900000	// op 0 x6=0x13 reserved
	data8 0x0000080000000017, 0x0050000000900000	// op 0 x6=0x14 reserved
	data8 0x0000080000000017, 0x0054000000900000	// op 0 x6=0x15 reserved
	data8 0x0000080000000017, 0x0058000000900000	// op 0 x6=0x16 reserved
	data8 0x0000080000000017, 0x005c000000900000	// op 0 x6=0x17 reserved
	data8 0x0000080000000017, 0x0068000000900000	// op 0 x6=0x1a reserved
	data8 0x0000080000000017, 0x006c000000900000	// op 0 x6=0x1b reserved
	data8 0x0000080000000017, 0x0070000000900000	// op 0 x6=0x1c reserved
	data8 0x0000080000000017, 0x0074000000900000	// op 0 x6=0x1d reserved
	data8 0x0000080000000017, 0x0078000000900000	// op 0 x6=0x1e reserved
	data8 0x0000080000000017, 0x007c000000900000	// op 0 x6=0x1f reserved
	data8 0x0000080000000017, 0x0088000000900000	// op 0 x6=0x22 reserved
	data8 0x0000080000000017, 0x008c000000900000	// op 0 x6=0x23 reserved
	data8 0x0000080000000017, 0x0090000000900000	// op 0 x6=0x24 reserved
	data8 0x0000080000000017, 0x0094000000900000	// op 0 x6=0x25 reserved
	data8 0x0000080000000017, 0x0098000000900000	// op 0 x6=0x26 reserved
	data8 0x0000080000000017, 0x009c000000900000	// op 0 x6=0x27 reserved
	data8 0x0000080000000017, 0x00a0000000900000	// op 0 x6=0x28 reserved
	data8 0x0000080000000017, 0x00a4000000900000	// op 0 x6=0x29 reserved
	data8 0x0000080000000017, 0x00a8000000900000	// op 0 x6=0x2a reserved
	data8 0x0000080000000017, 0x00ac000000900000	// op 0 x6=0x2b reserved
	data8 0x0000080000000017, 0x00b0000000900000	// op 0 x6=0x2c reserved
	data8 0x0000080000000017, 0x00b4000000900000	// op 0 x6=0x2d reserved
	data8 0x0000080000000017, 0x00b8000000900000	// op 0 x6=0x2e reserved
	data8 0x0000080000000017, 0x00bc000000900000	// op 0 x6=0x2f reserved
	data8 0x0000080000000017, 0x00c0000000900000	// op 0 x6=0x30 reserved
	data8 0x0000080000000017, 0x00c4000000900000	// op 0 x6=0x31 reserved
	data8 0x0000080000000017, 0x00c8000000900000	// op 0 x6=0x32 reserved
	data8 0x0000080000000017, 0x00cc000000900000	// op 0 x6=0x33 reserved
	data8 0x0000080000000017, 0x00d0000000900000	// op 0 x6=0x34 reserved
	data8 0x0000080000000017, 0x00d4000000900000	// op 0 x6=0x35 reserved
	data8 0x0000080000000017, 0x00d8000000900000	// op 0 x6=0x36 reserved
	data8 0x0000080000000017, 0x00dc000000900000	// op 0 x6=0x37 reserved
	data8 0x0000080000000017, 0x00e0000000900000	// op 0 x6=0x38 reserved
	data8 0x0000080000000017, 0x00e4000000900000	// op 0 x6=0x39 reserved
	data8 0x0000080000000017, 0x00e8000000900000	// op 0 x6=0x3a reserved
	data8 0x0000080000000017, 0x00ec000000900000	// op 0 x6=0x3b reserved
	data8 0x0000080000000017, 0x00f0000000900000	// op 0 x6=0x3c reserved
	data8 0x0000080000000017, 0x00f4000000900000	// op 0 x6=0x3d reserved
	data8 0x0000080000000017, 0x00f8000000900000	// op 0 x6=0x3e reserved
	data8 0x0000080000000017, 0x00fc000000900000	// op 0 x6=0x3f reserved
	data8 0x0000080000000017, 0x2008000000900000	// op 2 x6=0x2 reserved
	data8 0x0000080000000017, 0x200c000000900000	// op 2 x6=0x3 reserved
	data8 0x0000080000000017, 0x2010000000900000	// op 2 x6=0x4 reserved
	data8 0x0000080000000017, 0x2014000000900000	// op 2 x6=0x5 reserved
	data8 0x0000080000000017, 0x2018000000900000	// op 2 x6=0x6 reserved
	data8 0x0000080000000017, 0x201c000000900000	// op 2 x6=0x7 reserved
	data8 0x0000080000000017, 0x2020000000900000	// op 2 x6=0x8 reserved
	data8 0x0000080000000017, 0x2024000000900000	// op 2 x6=0x9 reserved
	data8 0x0000080000000017, 0x2028000000900000	// op 2 x6=0xa reserved
	data8 0x0000080000000017, 0x202c000000900000	// op 2 x6=0xb reserved
	data8 0x0000080000000017, 0x2030000000900000	// op 2 x6=0xc reserved
	data8 0x0000080000000017, 0x2034000000900000	// op 2 x6=0xd reserved
	data8 0x0000080000000017, 0x2038000000900000	// op 2 x6=0xe reserved
	data8 0x0000080000000017, 0x203c000000900000	// op 2 x6=0xf reserved
	data8 0x0000080000000017, 0x2048000000900000	// op 2 x6=0x12 reserved
	data8 0x0000080000000017, 0x204c000000900000	// op 2 x6=0x13 reserved
	data8 0x0000080000000017, 0x2050000000900000	// op 2 x6=0x14 reserved
	data8 0x0000080000000017, 0x2054000000900000	// op 2 x6=0x15 reserved
	data8 0x0000080000000017, 0x2058000000900000	// op 2 x6=0x16 reserved
	data8 0x0000080000000017, 0x205c000000900000	// op 2 x6=0x17 reserved
	data8 0x0000080000000017, 0x2060000000900000	// op 2 x6=0x18 reserved
	data8 0x0000080000000017, 0x2064000000900000	// op 2 x6=0x19 reserved
	data8 0x0000080000000017, 0x2068000000900000	// op 2 x6=0x1a reserved
	data8 0x0000080000000017, 0x206c000000900000	// op 2 x6=0x1b reserved
	data8 0x0000080000000017, 0x2070000000900000	// op 2 x6=0x1c reserved
	data8 0x0000080000000017, 0x2074000000900000	// op 2 x6=0x1d reserved
	data8 0x0000080000000017, 0x2078000000900000	// op 2 x6=0x1e reserved
	data8 0x0000080000000017, 0x207c000000900000	// op 2 x6=0x1f reserved
	data8 0x0000080000000017, 0x2080000000900000	// op 2 x6=0x20 reserved
	data8 0x0000080000000017, 0x2084000000900000	// op 2 x6=0x21 reserved
	data8 0x0000080000000017, 0x2088000000900000	// op 2 x6=0x22 reserved
	data8 0x0000080000000017, 0x208c000000900000	// op 2 x6=0x23 reserved
	data8 0x0000080000000017, 0x2090000000900000	// op 2 x6=0x24 reserved
	data8 0x0000080000000017, 0x2094000000900000	// op 2 x6=0x25 reserved
	data8 0x0000080000000017, 0x2098000000900000	// op 2 x6=0x26 reserved
	data8 0x0000080000000017, 0x209c000000900000	// op 2 x6=0x27 reserved
	data8 0x0000080000000017, 0x20a0000000900000	// op 2 x6=0x28 reserved
	data8 0x0000080000000017, 0x20a4000000900000	// op 2 x6=0x29 reserved
	data8 0x0000080000000017, 0x20a8000000900000	// op 2 x6=0x2a reserved
	data8 0x0000080000000017, 0x20ac000000900000	// op 2 x6=0x2b reserved
	data8 0x0000080000000017, 0x20b0000000900000	// op 2 x6=0x2c reserved
	data8 0x0000080000000017, 0x20b4000000900000	// op 2 x6=0x2d reserved
	data8 0x0000080000000017, 0x20b8000000900000	// op 2 x6=0x2e reserved
	data8 0x0000080000000017, 0x20bc000000900000	// op 2 x6=0x2f reserved
	data8 0x0000080000000017, 0x20c0000000900000	// op 2 x6=0x30 reserved
	data8 0x0000080000000017, 0x20c4000000900000	// op 2 x6=0x31 reserved
	data8 0x0000080000000017, 0x20c8000000900000	// op 2 x6=0x32 reserved
	data8 0x0000080000000017, 0x20cc000000900000	// op 2 x6=0x33 reserved
	data8 0x0000080000000017, 0x20d0000000900000	// op 2 x6=0x34 reserved
	data8 0x0000080000000017, 0x20d4000000900000	// op 2 x6=0x35 reserved
	data8 0x0000080000000017, 0x20d8000000900000	// op 2 x6=0x36 reserved
	data8 0x0000080000000017, 0x20dc000000900000	// op 2 x6=0x37 reserved
	data8 0x0000080000000017, 0x20e0000000900000	// op 2 x6=0x38 reserved
	data8 0x0000080000000017, 0x20e4000000900000	// op 2 x6=0x39 reserved
	data8 0x0000080000000017, 0x20e8000000900000	// op 2 x6=0x3a reserved
	data8 0x0000080000000017, 0x20ec000000900000	// op 2 x6=0x3b reserved
	data8 0x0000080000000017, 0x20f0000000900000	// op 2 x6=0x3c reserved
	data8 0x0000080000000017, 0x20f4000000900000	// op 2 x6=0x3d reserved
	data8 0x0000080000000017, 0x20f8000000900000	// op 2 x6=0x3e reserved
	data8 0x0000080000000017, 0x20fc000000900000	// op 2 x6=0x3f reserved
	data8 0x0000080000000016, 0x3000000001900000	// op 3 reserved
	data8 0x00000c0000000076, 0x2000000000100000	// op 3 reserved (slot 0)
	data8 0x0000080000000016, 0x6000000001900000	// op 6 reserved
	data8 0x0000180000000076, 0x2000000000100000	// op 6 reserved (slot 0)
	data8 0x0000080000000016, 0x8000000001900000	// op 8 reserved
	data8 0x0000200000000076, 0x2000000000100000	// op 8 reserved (slot 0)
	data8 0x0000080000000016, 0x9000000001900000	// op 9 reserved
	data8 0x0000240000000076, 0x2000000000100000	// op 9 reserved (slot 0)
	data8 0x0000080000000016, 0xa000000001900000	// op 10 reserved
	data8 0x0000280000000076, 0x2000000000100000	// op 10 reserved (slot 0)
	data8 0x0000080000000016, 0xb000000001900000	// op 11 reserved
	data8 0x00002c0000000076, 0x2000000000100000	// op 11 reserved (slot 0)
	data8 0x0000080000000016, 0xc000000001900000	// op 12 reserved
	data8 0x0000300000000076, 0x2000000000100000	// op 12 reserved (slot 0)
	data8 0x0000080000000016, 0xd000000001900000	// op 13 reserved
	data8 0x0000340000000076, 0x2000000000100000	// op 13 reserved (slot 0)
	data8 0x0000080000000016, 0xe000000001900000	// op 14 reserved
	data8 0x0000380000000076, 0x2000000000100000	// op 14 reserved (slot 0)
	data8 0x0000080000000016, 0xf000000001900000	// op 15 reserved
	data8 0x00003c0000000076, 0x2000000000100000	// op 15 reserved (slot 0)
	data8 0x0000080000000017, 0x0084000002100000	// B4 x6=0x21 btype 0 reserved
	data8 0x0000080000000017, 0x0084000022100000	// B4 x6=0x21 btype 1 reserved
	data8 0x0000080000000017, 0x0080000042100000	// B4 x6=0x20 btype 2 reserved
	data8 0x0000080000000017, 0x0084000042100000	// B4 x6=0x21 btype 2 reserved
	data8 0x0000080000000017, 0x0080000062100000	// B4 x6=0x20 btype 3 reserved
	data8 0x0000080000000017, 0x0084000062100000	// B4 x6=0x21 btype 3 reserved
	data8 0x0000080000000017, 0x0080000082100000	// B4 x6=0x20 btype 4 reserved
	data8 0x0000080000000017, 0x00800000a2100000	// B4 x6=0x20 btype 5 reserved
	data8 0x0000080000000017, 0x00840000a2100000	// B4 x6=0x21 btype 5 reserved
	data8 0x0000080000000017, 0x00800000c2100000	// B4 x6=0x20 btype 6 reserved
	data8 0x0000080000000017, 0x00840000c2100000	// B4 x6=0x21 btype 6 reserved
	data8 0x0000080000000017, 0x00800000e2100000	// B4 x6=0x20 btype 7 reserved
	data8 0x0000080000000017, 0x00840000e2100000	// B4 x6=0x21 btype 7 reserved
	data8 0x0000080000000016, 0x0883ff8700100000	// br.few b0: bits 36, 26:16, 11:9 ignored
	data8 0x00000220ffe1c016, 0x2000000000100000	// br.few b0: bits 36, 26:16, 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x0887ff8784900000	// br.ret: ignored bits
	data8 0x00000221ffe1e136, 0x2000000000100000	// br.ret: ignored bits (slot 0)
	data8 0x0000080000000017, 0x1000001023100000	// B5 wh=0
	data8 0x0000080000000017, 0x1080001023100000	// B5 wh=1
	data8 0x0000080000000017, 0x1100001023100000	// B5 wh=2
	data8 0x0000080000000017, 0x1180001023100000	// B5 wh=3
	data8 0x0000080000000017, 0x1200001023100000	// B5 wh=4
	data8 0x0000080000000017, 0x1280001023100000	// B5 wh=5
	data8 0x0000080000000017, 0x1300001023100000	// B5 wh=6
	data8 0x0000080000000017, 0x1380001023100000	// B5 wh=7
	data8 0x0000080000000016, 0x1883ff8700100000	// B5 ignored bits
	data8 0x00000620ffe1c016, 0x2000000000100000	// B5 ignored bits (slot 0)
	data8 0x0000080000000017, 0x2740001ff3900000	// B7 x6=0x10 wh=0, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2744001ff3900000	// B7 x6=0x11 wh=0, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2740001ff7900000	// B7 x6=0x10 wh=1, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2744001ff7900000	// B7 x6=0x11 wh=1, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2740001ffb900000	// B7 x6=0x10 wh=2, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2744001ffb900000	// B7 x6=0x11 wh=2, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2740001fff900000	// B7 x6=0x10 wh=3, ignored bits 5, 2:0
	data8 0x0000080000000017, 0x2744001fff900000	// B7 x6=0x11 wh=3, ignored bits 5, 2:0
	data8 0x0000080000000016, 0x4000005020100000	// B1 btype 1 reserved
	data8 0x0000100000140816, 0x2000000000100000	// B1 btype 1 reserved (slot 0)
	data8 0x0000080000000016, 0x4000005080100000	// B1 btype 4 reserved
	data8 0x0000100000142016, 0x2000000000100000	// B1 btype 4 reserved (slot 0)
	data8 0x0000080000000016, 0x48fffff71f900000	// B1/B2 btype 0: target -16, bits 11:9 ignored
	data8 0x0000123ffffdc7f6, 0x2000000000100000	// B1/B2 btype 0: target -16, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x40fffff008900000	// B1/B2 btype 0: largest forward target
	data8 0x0000103ffffc0236, 0x2000000000100000	// B1/B2 btype 0: largest forward target (slot 0)
	data8 0x0000080000000017, 0x4800000000100000	// B1/B2 btype 0: furthest backward target
	data8 0x0000080000000016, 0x48fffff75f900000	// B1/B2 btype 2: target -16, bits 11:9 ignored
	data8 0x0000123ffffdd7f6, 0x2000000000100000	// B1/B2 btype 2: target -16, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x40fffff048900000	// B1/B2 btype 2: largest forward target
	data8 0x0000103ffffc1236, 0x2000000000100000	// B1/B2 btype 2: largest forward target (slot 0)
	data8 0x0000080000000017, 0x4800000040100000	// B1/B2 btype 2: furthest backward target
	data8 0x0000080000000016, 0x48fffff77f900000	// B1/B2 btype 3: target -16, bits 11:9 ignored
	data8 0x0000123ffffddff6, 0x2000000000100000	// B1/B2 btype 3: target -16, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x40fffff068900000	// B1/B2 btype 3: largest forward target
	data8 0x0000103ffffc1a36, 0x2000000000100000	// B1/B2 btype 3: largest forward target (slot 0)
	data8 0x0000080000000017, 0x4800000060100000	// B1/B2 btype 3: furthest backward target
	data8 0x0000080000000016, 0x48fffff7bf900000	// B1/B2 btype 5: target -16, bits 11:9 ignored
	data8 0x0000123ffffdeff6, 0x2000000000100000	// B1/B2 btype 5: target -16, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x40fffff0a8900000	// B1/B2 btype 5: largest forward target
	data8 0x0000103ffffc2a36, 0x2000000000100000	// B1/B2 btype 5: largest forward target (slot 0)
	data8 0x0000080000000017, 0x48000000a0100000	// B1/B2 btype 5: furthest backward target
	data8 0x0000080000000016, 0x48fffff7df900000	// B1/B2 btype 6: target -16, bits 11:9 ignored
	data8 0x0000123ffffdf7f6, 0x2000000000100000	// B1/B2 btype 6: target -16, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x40fffff0c8900000	// B1/B2 btype 6: largest forward target
	data8 0x0000103ffffc3236, 0x2000000000100000	// B1/B2 btype 6: largest forward target (slot 0)
	data8 0x0000080000000017, 0x48000000c0100000	// B1/B2 btype 6: furthest backward target
	data8 0x0000080000000016, 0x48fffff7ff900000	// B1/B2 btype 7: target -16, bits 11:9 ignored
	data8 0x0000123ffffdfff6, 0x2000000000100000	// B1/B2 btype 7: target -16, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x40fffff0e8900000	// B1/B2 btype 7: largest forward target
	data8 0x0000103ffffc3a36, 0x2000000000100000	// B1/B2 btype 7: largest forward target (slot 0)
	data8 0x0000080000000017, 0x48000000e0100000	// B1/B2 btype 7: furthest backward target
	data8 0x0000080000000016, 0x58123457e0100000	// B3 backward, bits 11:9 ignored
	data8 0x000016048d15f816, 0x2000000000100000	// B3 backward, bits 11:9 ignored (slot 0)
	data8 0x0000080000000016, 0x7b00080ff3900000	// B6 negative target and tag, ignored bits 5, 2:0
	data8 0x00001ec00203fcf6, 0x2000000000100000	// B6 negative target and tag, ignored bits 5, 2:0 (slot 0)
	data8 0x0000080000000016, 0x72fffff00c100000	// B6 tag -256 bundles
	data8 0x00001cbffffc0316, 0x2000000000100000	// B6 tag -256 bundles (slot 0)
	data8 0x0000080000000016, 0x7500000fe0100000	// B6 largest tag
	data8 0x00001d400003f816, 0x2000000000100000	// B6 largest tag (slot 0)
.Lfwd:
{ .bbb
	nop.b 0x0
	nop.b 0x0
	nop.b 0x0 ;;
}
