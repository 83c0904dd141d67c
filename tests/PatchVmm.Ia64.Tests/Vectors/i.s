// I-unit test vectors (SDM formats I1-I30): every instruction, every completer
// value and every pseudo-op objdump prints, assembled with `ia64-linux-gnu-as -x`
// and disassembled by GNU objdump 2.40 (the oracle); see tools/isa-check.sh.
// One or two I-unit instructions per MII bundle, a stop after each bundle.
// Forms the assembler refuses (I-unit moves of M-only application registers,
// reserved mux1 permutations, reserved branch hints) come last, as raw bundles.
	.text
	.explicit
.Lback:


{ .mii
	nop.m 0x0
	break.i 0x0
	break.i 0x1fffff ;;
}
{ .mii
	nop.m 0x0
	nop.i 0x0
	nop.i 0x1fffff ;;
}
{ .mii
	nop.m 0x0
	hint.i 0x0
	hint.i 0x1fffff ;;
}
{ .mii
	nop.m 0x0
	hint.i @pause
	(p7) nop.i 0x12345 ;;
}
{ .mii
	nop.m 0x0
	(p63) break.i 0x80001
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	chk.s.i r2,.Lback
	(p5) chk.s.i r127,.Lfwd ;;
}
{ .mii
	nop.m 0x0
	mov.sptk b0=r2,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.sptk.imp b1=r3,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov b2=r4,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.imp b3=r5,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.dptk b4=r6,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.dptk.imp b5=r7,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.ret.sptk b6=r8,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.ret.sptk.imp b7=r9,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.ret b0=r10,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.ret.imp b1=r11,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.ret.dptk b2=r12,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.ret.dptk.imp b3=r13,.Lback
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov b1=r2
	mov b7=r127 ;;
}
{ .mii
	nop.m 0x0
	(p3) mov b0=r0,.Lfwd
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov r1=b0
	mov r127=b7 ;;
}
{ .mii
	nop.m 0x0
	mov pr=r2,0x1234
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr=r3,-2
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr=r4
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	(p1) mov pr=r5,0x1fffe
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr=r6,-0x10000
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr.rot=0x12340000
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr.rot=-0x10000
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr.rot=0x7ffffff0000
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr.rot=-0x80000000000
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov pr.rot=0
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov r1=ip
	mov r2=pr ;;
}
{ .mii
	nop.m 0x0
	(p2) mov r127=ip
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mov.i ar.pfs=r2
	mov.i ar.lc=r3 ;;
}
{ .mii
	nop.m 0x0
	mov.i ar.ec=r4
	mov ar.lc=r5 ;;
}
{ .mii
	nop.m 0x0
	mov.i ar48=r6
	mov.i ar127=r7 ;;
}
{ .mii
	nop.m 0x0
	mov.i ar.lc=-5
	mov.i ar.ec=127 ;;
}
{ .mii
	nop.m 0x0
	mov.i ar.pfs=-128
	mov ar.lc=0 ;;
}
{ .mii
	nop.m 0x0
	mov.i r1=ar.pfs
	mov.i r2=ar.lc ;;
}
{ .mii
	nop.m 0x0
	mov.i r3=ar.ec
	mov r4=ar.lc ;;
}
{ .mii
	nop.m 0x0
	mov.i r5=ar63
	(p9) mov.i r6=ar112 ;;
}
{ .mii
	nop.m 0x0
	zxt1 r1=r2
	zxt2 r3=r4 ;;
}
{ .mii
	nop.m 0x0
	zxt4 r5=r6
	sxt1 r7=r8 ;;
}
{ .mii
	nop.m 0x0
	sxt2 r9=r10
	sxt4 r11=r12 ;;
}
{ .mii
	nop.m 0x0
	czx1.l r13=r14
	czx2.l r15=r16 ;;
}
{ .mii
	nop.m 0x0
	czx1.r r17=r18
	czx2.r r19=r127 ;;
}
{ .mii
	nop.m 0x0
	dep r1=r2,r3,0,1
	dep r4=r5,r6,63,16 ;;
}
{ .mii
	nop.m 0x0
	dep r7=r8,r9,5,6
	(p4) dep r10=r11,r12,32,9 ;;
}
{ .mii
	nop.m 0x0
	shrp r1=r2,r3,0
	shrp r4=r5,r6,63 ;;
}
{ .mii
	nop.m 0x0
	shrp r7=r8,r9,17
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	extr.u r1=r2,5,10
	extr r3=r4,0,1 ;;
}
{ .mii
	nop.m 0x0
	extr.u r5=r6,63,64
	extr r7=r8,1,64 ;;
}
{ .mii
	nop.m 0x0
	extr.u r9=r10,0,63
	extr r11=r12,32,31 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,0
	shr r3=r4,0 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,1
	shr r3=r4,1 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,5
	shr r3=r4,5 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,31
	shr r3=r4,31 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,32
	shr r3=r4,32 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,62
	shr r3=r4,62 ;;
}
{ .mii
	nop.m 0x0
	shr.u r1=r2,63
	shr r3=r4,63 ;;
}
{ .mii
	nop.m 0x0
	extr.u r5=r6,0,64
	extr r7=r8,40,24 ;;
}
{ .mii
	nop.m 0x0
	dep.z r1=r2,5,10
	dep.z r3=r4,0,64 ;;
}
{ .mii
	nop.m 0x0
	dep.z r5=r6,63,1
	dep.z r7=r8,10,3 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,0
	dep.z r3=r4,0,64 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,1
	dep.z r3=r4,1,63 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,5
	dep.z r3=r4,5,59 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,31
	dep.z r3=r4,31,33 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,32
	dep.z r3=r4,32,32 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,62
	dep.z r3=r4,62,2 ;;
}
{ .mii
	nop.m 0x0
	shl r1=r2,63
	dep.z r3=r4,63,1 ;;
}
{ .mii
	nop.m 0x0
	dep.z r1=-5,5,6
	dep.z r2=127,0,64 ;;
}
{ .mii
	nop.m 0x0
	dep.z r3=-128,63,1
	dep.z r4=0,12,20 ;;
}
{ .mii
	nop.m 0x0
	dep r1=-1,r3,5,6
	dep r2=0,r4,0,64 ;;
}
{ .mii
	nop.m 0x0
	dep r5=0,r6,63,1
	dep r7=-1,r8,20,44 ;;
}
{ .mii
	nop.m 0x0
	tbit.z p1,p2=r3,0
	tnat.z p20,p21=r40 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz p3,p4=r4,7
	tnat.nz p22,p23=r41 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.unc p5,p6=r5,14
	tnat.z.unc p24,p25=r42 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.unc p7,p8=r6,21
	tnat.nz.unc p26,p27=r43 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.and p9,p10=r7,28
	tnat.z.and p28,p29=r44 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.and p11,p12=r8,35
	tnat.nz.and p30,p31=r45 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.andcm p13,p14=r9,42
	tnat.z.andcm p32,p33=r46 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.andcm p15,p16=r10,49
	tnat.nz.andcm p34,p35=r47 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.or p1,p2=r11,56
	tnat.z.or p20,p21=r48 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.or p3,p4=r12,63
	tnat.nz.or p22,p23=r49 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.orcm p5,p6=r13,6
	tnat.z.orcm p24,p25=r50 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.orcm p7,p8=r14,13
	tnat.nz.orcm p26,p27=r51 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.or.andcm p9,p10=r15,20
	tnat.z.or.andcm p28,p29=r52 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.or.andcm p11,p12=r16,27
	tnat.nz.or.andcm p30,p31=r53 ;;
}
{ .mii
	nop.m 0x0
	tbit.z.and.orcm p13,p14=r17,34
	tnat.z.and.orcm p32,p33=r54 ;;
}
{ .mii
	nop.m 0x0
	tbit.nz.and.orcm p15,p16=r18,41
	tnat.nz.and.orcm p34,p35=r55 ;;
}
{ .mii
	nop.m 0x0
	tf.z p1,p2=32
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz p3,p4=37
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.unc p5,p6=42
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.unc p7,p8=47
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.and p9,p10=52
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.and p11,p12=57
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.andcm p13,p14=62
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.andcm p15,p16=35
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.or p1,p2=40
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.or p3,p4=45
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.orcm p5,p6=50
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.orcm p7,p8=55
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.or.andcm p9,p10=60
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.or.andcm p11,p12=33
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.z.and.orcm p13,p14=38
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	tf.nz.and.orcm p15,p16=43
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	(p62) tbit.z p63,p62=r127,63
	(p5) tnat.nz.unc p1,p2=r0 ;;
}
{ .mii
	nop.m 0x0
	pmpyshr2 r1=r2,r3,0
	pmpyshr2.u r4=r5,r6,0 ;;
}
{ .mii
	nop.m 0x0
	pmpyshr2 r1=r2,r3,7
	pmpyshr2.u r4=r5,r6,7 ;;
}
{ .mii
	nop.m 0x0
	pmpyshr2 r1=r2,r3,15
	pmpyshr2.u r4=r5,r6,15 ;;
}
{ .mii
	nop.m 0x0
	pmpyshr2 r1=r2,r3,16
	pmpyshr2.u r4=r5,r6,16 ;;
}
{ .mii
	nop.m 0x0
	pmpy2.r r1=r2,r3
	pmpy2.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	mix1.r r1=r2,r3
	mix1.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	mix2.r r1=r2,r3
	mix2.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	mix4.r r1=r2,r3
	mix4.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	pack2.uss r1=r2,r3
	pack2.sss r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	pack4.sss r1=r2,r3
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	unpack1.h r1=r2,r3
	unpack1.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	unpack2.h r1=r2,r3
	unpack2.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	unpack4.h r1=r2,r3
	unpack4.l r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	pmin1.u r1=r2,r3
	pmax1.u r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	pmin2 r1=r2,r3
	pmax2 r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	psad1 r1=r2,r3
	(p8) psad1 r127=r126,r125 ;;
}
{ .mii
	nop.m 0x0
	mpy4 r1=r2,r3
	mpyshl4 r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	mux1 r1=r2,@brcst
	mux1 r3=r4,@mix ;;
}
{ .mii
	nop.m 0x0
	mux1 r5=r6,@shuf
	mux1 r7=r8,@alt ;;
}
{ .mii
	nop.m 0x0
	mux1 r9=r10,@rev
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	mux2 r1=r2,0x0
	mux2 r3=r4,0xff ;;
}
{ .mii
	nop.m 0x0
	mux2 r5=r6,0x1b
	mux2 r7=r8,0xe4 ;;
}
{ .mii
	nop.m 0x0
	pshr2 r1=r3,r2
	pshr2.u r4=r6,r5 ;;
}
{ .mii
	nop.m 0x0
	pshr4 r1=r3,r2
	pshr4.u r4=r6,r5 ;;
}
{ .mii
	nop.m 0x0
	shr r1=r3,r2
	shr.u r4=r6,r5 ;;
}
{ .mii
	nop.m 0x0
	pshr2 r1=r3,0
	pshr2.u r4=r6,31 ;;
}
{ .mii
	nop.m 0x0
	pshr4 r1=r3,5
	pshr4.u r4=r6,17 ;;
}
{ .mii
	nop.m 0x0
	pshr2 r7=r8,16
	pshr4.u r9=r10,0 ;;
}
{ .mii
	nop.m 0x0
	pshl2 r1=r2,r3
	pshl4 r4=r5,r6 ;;
}
{ .mii
	nop.m 0x0
	shl r7=r8,r9
	nop.i 0x0 ;;
}
{ .mii
	nop.m 0x0
	pshl2 r1=r2,0
	pshl4 r3=r4,31 ;;
}
{ .mii
	nop.m 0x0
	pshl2 r5=r6,5
	pshl4 r7=r8,16 ;;
}
{ .mii
	nop.m 0x0
	popcnt r1=r3
	clz r4=r6 ;;
}
{ .mii
	nop.m 0x0
	(p11) popcnt r127=r0
	nop.i 0x0 ;;
}

.Lfwd:
	// Raw bundles (MII;; with nop.m 0 / nop.i 0) for forms the assembler does not produce.
	.align 16
	// mux1 r1=r2,0x1 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2804
	// mux1 r1=r2,0x2 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2808
	// mux1 r1=r2,0x3 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b280c
	// mux1 r1=r2,0x4 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2810
	// mux1 r1=r2,0x5 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2814
	// mux1 r1=r2,0x6 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2818
	// mux1 r1=r2,0x7 (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b281c
	// mux1 r1=r2,0xc (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2830
	// mux1 r1=r2,0xd (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2834
	// mux1 r1=r2,0xe (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b2838
	// mux1 r1=r2,0xf (reserved mbtype, printed as hex)
	data8 0x1010000100000001, 0x00040000003b283c
	// mov to BR with wh=3 (reserved): data8
	data8 0x1010000100000001, 0x000400000003800c
	// mov b1=r2 with a tag: objdump prints the plain form
	data8 0x1010000100000001, 0x000400000003ffc4
	// mov.ret b1=r2 with a tag of -16
	data8 0x1010000100000001, 0x000400000003ffd4
	// mov.i ar.k0=r2 (M-only AR through the I unit)
	data8 0x1000000100000001, 0x0004000000005400
	// mov.i ar.itc=r2
	data8 0x1000000100000001, 0x00040000000054b0
	// mov.i r1=ar.rsc
	data8 0x0010000100000001, 0x0004000000006440
	// mov.i ar.unat=-1
	data8 0xf800000100000001, 0x0004000000041493
	// tf with bit 19 (xc) set takes priority over tnat
	data8 0xf810000100000001, 0x0004000000280403
	// tnat ignores bits 18:14
	data8 0xf810000100000001, 0x000400000028040d
	// major 0, x3=0, x6=0x02: reserved
	data8 0x0000000100000001, 0x0004000000000400
	// major 0, x3=0, x6=0x13: reserved
	data8 0x0000000100000001, 0x0004000000002600
	// major 0, x3=0, x6=0x17: reserved
	data8 0x0000000100000001, 0x0004000000002e00
	// major 0, x3=0, x6=0x1a: reserved
	data8 0x0000000100000001, 0x0004000000003400
	// major 0, x3=0, x6=0x2b: reserved
	data8 0x0000000100000001, 0x0004000000005600
	// major 0, x3=0, x6=0x34: reserved
	data8 0x0000000100000001, 0x0004000000006800
	// major 0, x3=0, x6=0x3f: reserved
	data8 0x0000000100000001, 0x0004000000007e00
	// major 0, x3=4: reserved
	data8 0x0000000100000001, 0x0004000000020000
	// major 0, x3=5: reserved
	data8 0x0000000100000001, 0x0004000000028000
	// major 0, x3=6: reserved
	data8 0x0000000100000001, 0x0004000000030000
	// major 1: reserved in I slots
	data8 0x0000000100000001, 0x0004000000080000
	// major 2: reserved in I slots
	data8 0x0000000100000001, 0x0004000000100000
	// major 3: reserved in I slots
	data8 0x0000000100000001, 0x0004000000180000
	// major 6: reserved in I slots
	data8 0x0000000100000001, 0x0004000000300000
	// major 7, za=zb=0, x2a=0, x2b=0, x2c=1: reserved
	data8 0x0000000100000001, 0x0004000000381000
