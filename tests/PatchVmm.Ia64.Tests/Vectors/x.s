// X-unit test vectors (SDM formats X1-X5, slot 2 of MLX bundles with slot 1 as the
// L part): movl, brl.cond / brl (pseudo-op for brl.cond.sptk without predicate) /
// brl.call with every hint, break.x / nop.x / hint.x, assembled with
// `ia64-linux-gnu-as -x` and disassembled by GNU objdump 2.40 (the oracle); see
// tools/isa-check.sh. Reserved encodings (objdump prints data8 for slot 2) and
// bits objdump ignores come last, as raw bundles.
	.text
	.explicit
.Lback:
{ .mlx
	nop.m 0x0
	break.x 0x0 ;;
}
{ .mlx
	nop.m 0x0
	break.x 0x3fffffffffffffff ;;
}
{ .mlx
	nop.m 0x0
	(p7) break.x 0x123456789abcdef ;;
}
{ .mlx
	nop.m 0x0
	nop.x 0x0 ;;
}
{ .mlx
	nop.m 0x0
	nop.x 0x3fffffffffffffff ;;
}
{ .mlx
	nop.m 0x0
	(p63) nop.x 0x2000000000000001 ;;
}
{ .mlx
	nop.m 0x0
	hint.x 0x0 ;;
}
{ .mlx
	nop.m 0x0
	hint.x 0x3fffffffffffffff ;;
}
{ .mlx
	nop.m 0x0
	(p1) hint.x 0x100000 ;;
}
{ .mlx
	nop.m 0x0
	movl r1=0x0 ;;
}
{ .mlx
	nop.m 0x0
	(p7) movl r38=0x1 ;;
}
{ .mlx
	nop.m 0x0
	movl r75=-1 ;;
}
{ .mlx
	nop.m 0x0
	(p17) movl r112=0x123456789abcdef0 ;;
}
{ .mlx
	nop.m 0x0
	movl r22=0x8000000000000000 ;;
}
{ .mlx
	nop.m 0x0
	(p27) movl r59=0x7fffffffffffffff ;;
}
{ .mlx
	nop.m 0x0
	movl r96=0x200000 ;;
}
{ .mlx
	nop.m 0x0
	(p37) movl r6=0x10000 ;;
}
{ .mlx
	nop.m 0x0
	movl r43=0x80 ;;
}
{ .mlx
	nop.m 0x0
	(p47) movl r80=0x7f ;;
}
{ .mlx
	nop.m 0x0
	movl r117=0x3ffffffffff00000 ;;
}
{ .mlx
	nop.m 0x0
	(p57) movl r27=-0x123456789 ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.sptk.few .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p4) brl.cond.sptk.few .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.sptk.few b1=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p6) brl.call.sptk.few b4=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.sptk.few.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p7) brl.cond.sptk.few.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.sptk.few.clr b2=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p11) brl.call.sptk.few.clr b5=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.sptk.many .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p10) brl.cond.sptk.many .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.sptk.many b3=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p16) brl.call.sptk.many b6=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.sptk.many.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p13) brl.cond.sptk.many.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.sptk.many.clr b4=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p21) brl.call.sptk.many.clr b7=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.spnt.few .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p16) brl.cond.spnt.few .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.spnt.few b5=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p26) brl.call.spnt.few b0=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.spnt.few.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p19) brl.cond.spnt.few.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.spnt.few.clr b6=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p31) brl.call.spnt.few.clr b1=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.spnt.many .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p22) brl.cond.spnt.many .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.spnt.many b7=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p36) brl.call.spnt.many b2=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.spnt.many.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p25) brl.cond.spnt.many.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.spnt.many.clr b0=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p41) brl.call.spnt.many.clr b3=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dptk.few .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p28) brl.cond.dptk.few .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dptk.few b1=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p46) brl.call.dptk.few b4=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dptk.few.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p31) brl.cond.dptk.few.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dptk.few.clr b2=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p51) brl.call.dptk.few.clr b5=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dptk.many .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p34) brl.cond.dptk.many .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dptk.many b3=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p56) brl.call.dptk.many b6=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dptk.many.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p37) brl.cond.dptk.many.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dptk.many.clr b4=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p61) brl.call.dptk.many.clr b7=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dpnt.few .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p40) brl.cond.dpnt.few .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dpnt.few b5=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p3) brl.call.dpnt.few b0=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dpnt.few.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p43) brl.cond.dpnt.few.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dpnt.few.clr b6=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p8) brl.call.dpnt.few.clr b1=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dpnt.many .Lback ;;
}
{ .mlx
	nop.m 0x0
	(p46) brl.cond.dpnt.many .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dpnt.many b7=.Lback ;;
}
{ .mlx
	nop.m 0x0
	(p13) brl.call.dpnt.many b2=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.cond.dpnt.many.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p49) brl.cond.dpnt.many.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dpnt.many.clr b0=.Lfwd ;;
}
{ .mlx
	nop.m 0x0
	(p18) brl.call.dpnt.many.clr b3=.Lback ;;
}
{ .mlx
	nop.m 0x0
	brl .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.many.clr .Lback ;;
}
{ .mlx
	nop.m 0x0
	brl.sptk.few.clr .Lfwd ;;
}
{ .mlx
	nop.m 0x0
	brl.call.dptk b3=.Lback ;;
}
// ---- raw bundles ----
	data8 0xffffc00100000005, 0x1000000003ffffff	// op 1 reserved
	data8 0x0000000100000004, 0x10fc000000000000	// op 1 reserved
	data8 0xffffc00100000005, 0x2000000003ffffff	// op 2 reserved
	data8 0x0000000100000004, 0x20fc000000000000	// op 2 reserved
	data8 0xffffc00100000005, 0x3000000003ffffff	// op 3 reserved
	data8 0x0000000100000004, 0x30fc000000000000	// op 3 reserved
	data8 0xffffc00100000005, 0x4000000003ffffff	// op 4 reserved
	data8 0x0000000100000004, 0x40fc000000000000	// op 4 reserved
	data8 0xffffc00100000005, 0x5000000003ffffff	// op 5 reserved
	data8 0x0000000100000004, 0x50fc000000000000	// op 5 reserved
	data8 0xffffc00100000005, 0x7000000003ffffff	// op 7 reserved
	data8 0x0000000100000004, 0x70fc000000000000	// op 7 reserved
	data8 0xffffc00100000005, 0x8000000003ffffff	// op 8 reserved
	data8 0x0000000100000004, 0x80fc000000000000	// op 8 reserved
	data8 0xffffc00100000005, 0x9000000003ffffff	// op 9 reserved
	data8 0x0000000100000004, 0x90fc000000000000	// op 9 reserved
	data8 0xffffc00100000005, 0xa000000003ffffff	// op 10 reserved
	data8 0x0000000100000004, 0xa0fc000000000000	// op 10 reserved
	data8 0xffffc00100000005, 0xb000000003ffffff	// op 11 reserved
	data8 0x0000000100000004, 0xb0fc000000000000	// op 11 reserved
	data8 0xffffc00100000005, 0xe000000003ffffff	// op 14 reserved
	data8 0x0000000100000004, 0xe0fc000000000000	// op 14 reserved
	data8 0xffffc00100000005, 0xf000000003ffffff	// op 15 reserved
	data8 0x0000000100000004, 0xf0fc000000000000	// op 15 reserved
	data8 0x0001400100000004, 0x0104000000000000	// op 0 x3=1 reserved
	data8 0x0001400100000004, 0x0204000000000000	// op 0 x3=2 reserved
	data8 0x0001400100000004, 0x0304000000000000	// op 0 x3=3 reserved
	data8 0x0001400100000004, 0x0404000000000000	// op 0 x3=4 reserved
	data8 0x0001400100000004, 0x0504000000000000	// op 0 x3=5 reserved
	data8 0x0001400100000004, 0x0604000000000000	// op 0 x3=6 reserved
	data8 0x0001400100000004, 0x0704000000000000	// op 0 x3=7 reserved
	data8 0x0001400100000005, 0x0008000001800000	// op 0 x6=0x2 reserved
	data8 0x0001400100000005, 0x000c000001800000	// op 0 x6=0x3 reserved
	data8 0x0001400100000005, 0x0010000001800000	// op 0 x6=0x4 reserved
	data8 0x0001400100000005, 0x0014000001800000	// op 0 x6=0x5 reserved
	data8 0x0001400100000005, 0x0018000001800000	// op 0 x6=0x6 reserved
	data8 0x0001400100000005, 0x001c000001800000	// op 0 x6=0x7 reserved
	data8 0x0001400100000005, 0x0020000001800000	// op 0 x6=0x8 reserved
	data8 0x0001400100000005, 0x0024000001800000	// op 0 x6=0x9 reserved
	data8 0x0001400100000005, 0x0028000001800000	// op 0 x6=0xa reserved
	data8 0x0001400100000005, 0x002c000001800000	// op 0 x6=0xb reserved
	data8 0x0001400100000005, 0x0030000001800000	// op 0 x6=0xc reserved
	data8 0x0001400100000005, 0x0034000001800000	// op 0 x6=0xd reserved
	data8 0x0001400100000005, 0x0038000001800000	// op 0 x6=0xe reserved
	data8 0x0001400100000005, 0x003c000001800000	// op 0 x6=0xf reserved
	data8 0x0001400100000005, 0x0040000001800000	// op 0 x6=0x10 reserved
	data8 0x0001400100000005, 0x0044000001800000	// op 0 x6=0x11 reserved
	data8 0x0001400100000005, 0x0048000001800000	// op 0 x6=0x12 reserved
	data8 0x0001400100000005, 0x004c000001800000	// op 0 x6=0x13 reserved
	data8 0x0001400100000005, 0x0050000001800000	// op 0 x6=0x14 reserved
	data8 0x0001400100000005, 0x0054000001800000	// op 0 x6=0x15 reserved
	data8 0x0001400100000005, 0x0058000001800000	// op 0 x6=0x16 reserved
	data8 0x0001400100000005, 0x005c000001800000	// op 0 x6=0x17 reserved
	data8 0x0001400100000005, 0x0060000001800000	// op 0 x6=0x18 reserved
	data8 0x0001400100000005, 0x0064000001800000	// op 0 x6=0x19 reserved
	data8 0x0001400100000005, 0x0068000001800000	// op 0 x6=0x1a reserved
	data8 0x0001400100000005, 0x006c000001800000	// op 0 x6=0x1b reserved
	data8 0x0001400100000005, 0x0070000001800000	// op 0 x6=0x1c reserved
	data8 0x0001400100000005, 0x0074000001800000	// op 0 x6=0x1d reserved
	data8 0x0001400100000005, 0x0078000001800000	// op 0 x6=0x1e reserved
	data8 0x0001400100000005, 0x007c000001800000	// op 0 x6=0x1f reserved
	data8 0x0001400100000005, 0x0080000001800000	// op 0 x6=0x20 reserved
	data8 0x0001400100000005, 0x0084000001800000	// op 0 x6=0x21 reserved
	data8 0x0001400100000005, 0x0088000001800000	// op 0 x6=0x22 reserved
	data8 0x0001400100000005, 0x008c000001800000	// op 0 x6=0x23 reserved
	data8 0x0001400100000005, 0x0090000001800000	// op 0 x6=0x24 reserved
	data8 0x0001400100000005, 0x0094000001800000	// op 0 x6=0x25 reserved
	data8 0x0001400100000005, 0x0098000001800000	// op 0 x6=0x26 reserved
	data8 0x0001400100000005, 0x009c000001800000	// op 0 x6=0x27 reserved
	data8 0x0001400100000005, 0x00a0000001800000	// op 0 x6=0x28 reserved
	data8 0x0001400100000005, 0x00a4000001800000	// op 0 x6=0x29 reserved
	data8 0x0001400100000005, 0x00a8000001800000	// op 0 x6=0x2a reserved
	data8 0x0001400100000005, 0x00ac000001800000	// op 0 x6=0x2b reserved
	data8 0x0001400100000005, 0x00b0000001800000	// op 0 x6=0x2c reserved
	data8 0x0001400100000005, 0x00b4000001800000	// op 0 x6=0x2d reserved
	data8 0x0001400100000005, 0x00b8000001800000	// op 0 x6=0x2e reserved
	data8 0x0001400100000005, 0x00bc000001800000	// op 0 x6=0x2f reserved
	data8 0x0001400100000005, 0x00c0000001800000	// op 0 x6=0x30 reserved
	data8 0x0001400100000005, 0x00c4000001800000	// op 0 x6=0x31 reserved
	data8 0x0001400100000005, 0x00c8000001800000	// op 0 x6=0x32 reserved
	data8 0x0001400100000005, 0x00cc000001800000	// op 0 x6=0x33 reserved
	data8 0x0001400100000005, 0x00d0000001800000	// op 0 x6=0x34 reserved
	data8 0x0001400100000005, 0x00d4000001800000	// op 0 x6=0x35 reserved
	data8 0x0001400100000005, 0x00d8000001800000	// op 0 x6=0x36 reserved
	data8 0x0001400100000005, 0x00dc000001800000	// op 0 x6=0x37 reserved
	data8 0x0001400100000005, 0x00e0000001800000	// op 0 x6=0x38 reserved
	data8 0x0001400100000005, 0x00e4000001800000	// op 0 x6=0x39 reserved
	data8 0x0001400100000005, 0x00e8000001800000	// op 0 x6=0x3a reserved
	data8 0x0001400100000005, 0x00ec000001800000	// op 0 x6=0x3b reserved
	data8 0x0001400100000005, 0x00f0000001800000	// op 0 x6=0x3c reserved
	data8 0x0001400100000005, 0x00f4000001800000	// op 0 x6=0x3d reserved
	data8 0x0001400100000005, 0x00f8000001800000	// op 0 x6=0x3e reserved
	data8 0x0001400100000005, 0x00fc000001800000	// op 0 x6=0x3f reserved
	data8 0xffffc00100000004, 0x0803ffffe4ffffff	// break.x: bit 26 ignored; all immediate bits
	data8 0x48d1400100000004, 0x080400001f800000	// (p63) nop.x i=1
	data8 0xffffc00100000004, 0x0807ffffe07fffff	// hint.x all immediate bits
	data8 0xaaaa800100000004, 0x6000080000d55556	// movl vc=1 reserved
	data8 0xaaaa800100000004, 0x6ffff03fffd55556	// movl all bits but vc
	data8 0x0000000100000004, 0xc000000020000000	// brl btype 1 reserved
	data8 0x0000000100000004, 0xc000000040000000	// brl btype 2 reserved
	data8 0x0000000100000004, 0xc000000060000000	// brl btype 3 reserved
	data8 0x0000000100000004, 0xc000000080000000	// brl btype 4 reserved
	data8 0x0000000100000004, 0xc0000000a0000000	// brl btype 5 reserved
	data8 0x0000000100000004, 0xc0000000c0000000	// brl btype 6 reserved
	data8 0x0000000100000004, 0xc0000000e0000000	// brl btype 7 reserved
	data8 0x0000c00100000005, 0xc800000700000000	// brl: L bits 1:0 and bits 11:9 ignored; target -2^63
	data8 0xffffc00100000004, 0xc0fffff008ffffff	// brl: largest forward target
	data8 0xffff000100000004, 0xd8fffff7e0ffffff	// brl.call: target -16
	data8 0xffff000100000004, 0xcffffff8007fffff	// brl.cond.dpnt.many.clr: target -16
.Lfwd:
{ .mlx
	nop.m 0x0
	nop.x 0x0 ;;
}
