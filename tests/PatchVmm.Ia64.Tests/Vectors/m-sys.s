// M-unit system/control test vectors (SDM formats M18-M48 in major opcodes 0 and 1,
// plus setf/getf): every instruction, every completer value, every AR and CR name,
// assembled with `ia64-linux-gnu-as -x` and disassembled by GNU objdump 2.40 (the
// oracle); see tools/isa-check.sh. Two instructions per MMI bundle (a stop between them
// where the second depends on the first). Forms the assembler refuses (M-unit moves of
// I-only application registers, reserved encodings, odd alloc frames, ignored bits set)
// come last, as raw bundles: template MMI + stop, slot 0 under test, nop.m, nop.i.
	.text
	.explicit
.Lback:

// ---- M37 break.m, M48 nop.m / hint.m -------------------------------------------
{ .mmi
	break.m 0x0
	break.m 0x1fffff
	nop.i 0x0 ;;
}
{ .mmi
	(p7) break.m 0x12345
	(p63) break.m 0x100000
	nop.i 0x0 ;;
}
{ .mmi
	nop.m 0x0
	nop.m 0x1fffff
	nop.i 0x0 ;;
}
{ .mmi
	(p1) nop.m 0xabcde
	nop.m 0x100000
	nop.i 0x0 ;;
}
{ .mmi
	hint.m 0x0
	hint.m @pause
	nop.i 0x0 ;;
}
{ .mmi
	hint.m 0x7ffff
	(p9) hint.m 0x40000
	nop.i 0x0 ;;
}
{ .mmi
	hint.m 0x12345
	hint.m 0xf
	nop.i 0x0 ;;
}
// ---- mov dahrN=imm16 (Itanium 9500 data access hints) ------------------------
{ .mmi
	mov dahr0=0
	mov dahr1=65535
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov dahr2=4660
	mov dahr3=32768
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov dahr4=32767
	mov dahr5=1
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov dahr6=15
	mov dahr7=65520
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p2) mov dahr7=0xaaaa
	mov dahr0=0x5555
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
// ---- M44 sum / rum / ssm / rsm ---------------------------------------------------
{ .mmi
	sum 0x0 ;;
	sum 0xffffff
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p5) sum 0x123456 ;;
	sum 0x800000
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	rum 0x0 ;;
	rum 0xffffff
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p5) rum 0x123456 ;;
	rum 0x800000
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	ssm 0x0 ;;
	ssm 0xffffff
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p5) ssm 0x123456 ;;
	ssm 0x800000
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	rsm 0x0 ;;
	rsm 0xffffff
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p5) rsm 0x123456 ;;
	rsm 0x800000
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
// ---- M25 loadrs / flushrs (first in an instruction group, no predicate) ------
{ .mmi
	loadrs
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	flushrs
	nop.m 0x0
	nop.i 0x0 ;;
}
// ---- M24 / M26 / M27 invala, fwb, mf, srlz, sync.i ----------------------------
{ .mmi
	invala ;;
	(p3) invala
	nop.i 0x0 ;;
}
{ .mmi
	invala.e r0 ;;
	invala.e r127
	nop.i 0x0 ;;
}
{ .mmi
	(p10) invala.e r33 ;;
	invala.e f0
	nop.i 0x0 ;;
}
{ .mmi
	invala.e f127 ;;
	(p11) invala.e f65
	nop.i 0x0 ;;
}
{ .mmi
	fwb ;;
	(p12) fwb
	nop.i 0x0 ;;
}
{ .mmi
	mf ;;
	(p13) mf
	nop.i 0x0 ;;
}
{ .mmi
	mf.a ;;
	(p14) mf.a
	nop.i 0x0 ;;
}
{ .mmi
	srlz.d ;;
	(p15) srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	(p16) srlz.i
	nop.i 0x0 ;;
}
{ .mmi
	sync.i ;;
	(p17) sync.i
	nop.i 0x0 ;;
}
// ---- M22 / M23 chk.a, M20 / M21 chk.s (targets backward and forward) ---------
{ .mmi
	chk.a.nc r1,.Lback ;;
	chk.a.clr r127,.Lfwd
	nop.i 0x0 ;;
}
{ .mmi
	(p4) chk.a.nc f2,.Lback ;;
	chk.a.clr f127,.Lfwd
	nop.i 0x0 ;;
}
{ .mmi
	chk.a.nc r0,.Lfwd ;;
	chk.a.clr f0,.Lback
	nop.i 0x0 ;;
}
{ .mmi
	chk.s.m r2,.Lback ;;
	(p5) chk.s.m r127,.Lfwd
	nop.i 0x0 ;;
}
{ .mmi
	chk.s f2,.Lback ;;
	chk.s f127,.Lfwd
	nop.i 0x0 ;;
}
{ .mmi
	chk.s.m r0,.Lfwd ;;
	chk.s f0,.Lback
	nop.i 0x0 ;;
}
// ---- M29 / M30 / M31 mov.m to and from every M-unit application register ------
{ .mmi
	mov.m ar.k0=r0 ;;
	mov.m r1=ar.k0
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k1=r7 ;;
	mov.m r6=ar.k1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k2=r14 ;;
	mov.m r11=ar.k2
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k3=r21 ;;
	mov.m r16=ar.k3
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k4=r28 ;;
	mov.m r21=ar.k4
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k5=r35 ;;
	mov.m r26=ar.k5
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k6=r42 ;;
	mov.m r31=ar.k6
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k7=r49 ;;
	mov.m r36=ar.k7
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar8=r56 ;;
	mov.m r41=ar8
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar9=r63 ;;
	mov.m r46=ar9
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar10=r70 ;;
	mov.m r51=ar10
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar11=r77 ;;
	mov.m r56=ar11
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar12=r84 ;;
	mov.m r61=ar12
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar13=r91 ;;
	mov.m r66=ar13
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar14=r98 ;;
	mov.m r71=ar14
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar15=r105 ;;
	mov.m r76=ar15
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.rsc=r112 ;;
	mov.m r81=ar.rsc
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.bsp=r119 ;;
	mov.m r86=ar.bsp
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.bspstore=r126 ;;
	mov.m r91=ar.bspstore
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.rnat=r5 ;;
	mov.m r96=ar.rnat
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar20=r12 ;;
	mov.m r101=ar20
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fcr=r19 ;;
	mov.m r106=ar.fcr
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar22=r26 ;;
	mov.m r111=ar22
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar23=r33 ;;
	mov.m r116=ar23
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.eflag=r40 ;;
	mov.m r121=ar.eflag
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.csd=r47 ;;
	mov.m r126=ar.csd
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.ssd=r54 ;;
	mov.m r3=ar.ssd
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.cflg=r61 ;;
	mov.m r8=ar.cflg
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fsr=r68 ;;
	mov.m r13=ar.fsr
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fir=r75 ;;
	mov.m r18=ar.fir
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fdr=r82 ;;
	mov.m r23=ar.fdr
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar31=r89 ;;
	mov.m r28=ar31
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.ccv=r96 ;;
	mov.m r33=ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar33=r103 ;;
	mov.m r38=ar33
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar34=r110 ;;
	mov.m r43=ar34
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar35=r117 ;;
	mov.m r48=ar35
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.unat=r124 ;;
	mov.m r53=ar.unat
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar37=r3 ;;
	mov.m r58=ar37
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar38=r10 ;;
	mov.m r63=ar38
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar39=r17 ;;
	mov.m r68=ar39
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fpsr=r24 ;;
	mov.m r73=ar.fpsr
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar41=r31 ;;
	mov.m r78=ar41
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar42=r38 ;;
	mov.m r83=ar42
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar43=r45 ;;
	mov.m r88=ar43
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.itc=r52 ;;
	mov.m r93=ar.itc
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.ruc=r59 ;;
	mov.m r98=ar.ruc
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar46=r66 ;;
	mov.m r103=ar46
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar47=r73 ;;
	mov.m r108=ar47
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar48=r80 ;;
	mov.m r113=ar48
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar49=r87 ;;
	mov.m r118=ar49
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar50=r94 ;;
	mov.m r123=ar50
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar51=r101 ;;
	mov.m r2=ar51
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar52=r108 ;;
	mov.m r5=ar52
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar53=r115 ;;
	mov.m r10=ar53
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar54=r122 ;;
	mov.m r15=ar54
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar55=r1 ;;
	mov.m r20=ar55
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar56=r8 ;;
	mov.m r25=ar56
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar57=r15 ;;
	mov.m r30=ar57
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar58=r22 ;;
	mov.m r35=ar58
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar59=r29 ;;
	mov.m r40=ar59
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar60=r36 ;;
	mov.m r45=ar60
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar61=r43 ;;
	mov.m r50=ar61
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar62=r50 ;;
	mov.m r55=ar62
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar63=r57 ;;
	mov.m r60=ar63
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar112=r64 ;;
	mov.m r65=ar112
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar113=r71 ;;
	mov.m r70=ar113
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar114=r78 ;;
	mov.m r75=ar114
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar115=r85 ;;
	mov.m r80=ar115
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar116=r92 ;;
	mov.m r85=ar116
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar117=r99 ;;
	mov.m r90=ar117
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar118=r106 ;;
	mov.m r95=ar118
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar119=r113 ;;
	mov.m r100=ar119
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar120=r120 ;;
	mov.m r105=ar120
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar121=r127 ;;
	mov.m r110=ar121
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar122=r6 ;;
	mov.m r115=ar122
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar123=r13 ;;
	mov.m r120=ar123
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar124=r20 ;;
	mov.m r125=ar124
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar125=r27 ;;
	mov.m r2=ar125
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar126=r34 ;;
	mov.m r7=ar126
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar127=r41 ;;
	mov.m r12=ar127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k0=-128 ;;
	mov.m ar.k1=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k2=0 ;;
	mov.m ar.k3=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k4=5 ;;
	mov.m ar.k5=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.k6=-128 ;;
	mov.m ar.k7=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar8=0 ;;
	mov.m ar9=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar10=5 ;;
	mov.m ar11=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar12=-128 ;;
	mov.m ar13=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar14=0 ;;
	mov.m ar15=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.rsc=5 ;;
	mov.m ar.bsp=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.bspstore=-128 ;;
	mov.m ar.rnat=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar20=0 ;;
	mov.m ar.fcr=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar22=5 ;;
	mov.m ar23=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.eflag=-128 ;;
	mov.m ar.csd=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.ssd=0 ;;
	mov.m ar.cflg=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fsr=5 ;;
	mov.m ar.fir=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fdr=-128 ;;
	mov.m ar31=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.ccv=0 ;;
	mov.m ar33=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar34=5 ;;
	mov.m ar35=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.unat=-128 ;;
	mov.m ar37=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar38=0 ;;
	mov.m ar39=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.fpsr=5 ;;
	mov.m ar41=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar42=-128 ;;
	mov.m ar43=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar.itc=0 ;;
	mov.m ar.ruc=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar46=5 ;;
	mov.m ar47=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar48=-128 ;;
	mov.m ar49=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar50=0 ;;
	mov.m ar51=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar52=5 ;;
	mov.m ar53=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar54=-128 ;;
	mov.m ar55=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar56=0 ;;
	mov.m ar57=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar58=5 ;;
	mov.m ar59=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar60=-128 ;;
	mov.m ar61=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar62=0 ;;
	mov.m ar63=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar112=5 ;;
	mov.m ar113=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar114=-128 ;;
	mov.m ar115=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar116=0 ;;
	mov.m ar117=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar118=5 ;;
	mov.m ar119=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar120=-128 ;;
	mov.m ar121=127
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar122=0 ;;
	mov.m ar123=-1
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar124=5 ;;
	mov.m ar125=64
	nop.i 0x0 ;;
}
{ .mmi
	mov.m ar126=-128 ;;
	mov.m ar127=127
	nop.i 0x0 ;;
}
// ---- M32 / M33 mov to and from every control register ----------------------
{ .mmi
	mov r2=cr.dcr ;;
	mov cr.dcr=r0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r13=cr.itm ;;
	mov cr.itm=r3
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r24=cr.iva ;;
	mov cr.iva=r6
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r35=cr3 ;;
	mov cr3=r9
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r46=cr4 ;;
	mov cr4=r12
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r57=cr5 ;;
	mov cr5=r15
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r68=cr6 ;;
	mov cr6=r18
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r79=cr7 ;;
	mov cr7=r21
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r90=cr.pta ;;
	mov cr.pta=r24
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r101=cr9 ;;
	mov cr9=r27
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r112=cr10 ;;
	mov cr10=r30
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r123=cr11 ;;
	mov cr11=r33
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r6=cr12 ;;
	mov cr12=r36
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r17=cr13 ;;
	mov cr13=r39
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r28=cr14 ;;
	mov cr14=r42
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r39=cr15 ;;
	mov cr15=r45
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r50=cr.ipsr ;;
	mov cr.ipsr=r48
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r61=cr.isr ;;
	mov cr.isr=r51
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r72=cr18 ;;
	mov cr18=r54
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r83=cr.iip ;;
	mov cr.iip=r57
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r94=cr.ifa ;;
	mov cr.ifa=r60
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r105=cr.itir ;;
	mov cr.itir=r63
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r116=cr.iipa ;;
	mov cr.iipa=r66
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r127=cr.ifs ;;
	mov cr.ifs=r69
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r10=cr.iim ;;
	mov cr.iim=r72
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r21=cr.iha ;;
	mov cr.iha=r75
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r32=cr.iib0 ;;
	mov cr.iib0=r78
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r43=cr.iib1 ;;
	mov cr.iib1=r81
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r54=cr28 ;;
	mov cr28=r84
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r65=cr29 ;;
	mov cr29=r87
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r76=cr30 ;;
	mov cr30=r90
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r87=cr31 ;;
	mov cr31=r93
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r98=cr32 ;;
	mov cr32=r96
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r109=cr33 ;;
	mov cr33=r99
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r120=cr34 ;;
	mov cr34=r102
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r3=cr35 ;;
	mov cr35=r105
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r14=cr36 ;;
	mov cr36=r108
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r25=cr37 ;;
	mov cr37=r111
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r36=cr38 ;;
	mov cr38=r114
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r47=cr39 ;;
	mov cr39=r117
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r58=cr40 ;;
	mov cr40=r120
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r69=cr41 ;;
	mov cr41=r123
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r80=cr42 ;;
	mov cr42=r126
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r91=cr43 ;;
	mov cr43=r1
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r102=cr44 ;;
	mov cr44=r4
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r113=cr45 ;;
	mov cr45=r7
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r124=cr46 ;;
	mov cr46=r10
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r7=cr47 ;;
	mov cr47=r13
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r18=cr48 ;;
	mov cr48=r16
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r29=cr49 ;;
	mov cr49=r19
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r40=cr50 ;;
	mov cr50=r22
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r51=cr51 ;;
	mov cr51=r25
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r62=cr52 ;;
	mov cr52=r28
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r73=cr53 ;;
	mov cr53=r31
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r84=cr54 ;;
	mov cr54=r34
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r95=cr55 ;;
	mov cr55=r37
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r106=cr56 ;;
	mov cr56=r40
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r117=cr57 ;;
	mov cr57=r43
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r1=cr58 ;;
	mov cr58=r46
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r11=cr59 ;;
	mov cr59=r49
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r22=cr60 ;;
	mov cr60=r52
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r33=cr61 ;;
	mov cr61=r55
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r44=cr62 ;;
	mov cr62=r58
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r55=cr63 ;;
	mov cr63=r61
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r66=cr.lid ;;
	mov cr.lid=r64
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r77=cr.ivr ;;
	mov cr.ivr=r67
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r88=cr.tpr ;;
	mov cr.tpr=r70
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r99=cr.eoi ;;
	mov cr.eoi=r73
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r110=cr.irr0 ;;
	mov cr.irr0=r76
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r121=cr.irr1 ;;
	mov cr.irr1=r79
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r4=cr.irr2 ;;
	mov cr.irr2=r82
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r15=cr.irr3 ;;
	mov cr.irr3=r85
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r26=cr.itv ;;
	mov cr.itv=r88
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r37=cr.pmv ;;
	mov cr.pmv=r91
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r48=cr.cmcv ;;
	mov cr.cmcv=r94
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r59=cr75 ;;
	mov cr75=r97
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r70=cr76 ;;
	mov cr76=r100
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r81=cr77 ;;
	mov cr77=r103
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r92=cr78 ;;
	mov cr78=r106
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r103=cr79 ;;
	mov cr79=r109
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r114=cr.lrr0 ;;
	mov cr.lrr0=r112
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r125=cr.lrr1 ;;
	mov cr.lrr1=r115
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r8=cr82 ;;
	mov cr82=r118
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r19=cr83 ;;
	mov cr83=r121
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r30=cr84 ;;
	mov cr84=r124
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r41=cr85 ;;
	mov cr85=r127
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r52=cr86 ;;
	mov cr86=r2
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r63=cr87 ;;
	mov cr87=r5
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r74=cr88 ;;
	mov cr88=r8
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r85=cr89 ;;
	mov cr89=r11
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r96=cr90 ;;
	mov cr90=r14
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r107=cr91 ;;
	mov cr91=r17
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r118=cr92 ;;
	mov cr92=r20
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r1=cr93 ;;
	mov cr93=r23
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r12=cr94 ;;
	mov cr94=r26
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r23=cr95 ;;
	mov cr95=r29
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r34=cr96 ;;
	mov cr96=r32
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r45=cr97 ;;
	mov cr97=r35
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r56=cr98 ;;
	mov cr98=r38
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r67=cr99 ;;
	mov cr99=r41
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r78=cr100 ;;
	mov cr100=r44
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r89=cr101 ;;
	mov cr101=r47
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r100=cr102 ;;
	mov cr102=r50
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r111=cr103 ;;
	mov cr103=r53
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r122=cr104 ;;
	mov cr104=r56
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r5=cr105 ;;
	mov cr105=r59
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r16=cr106 ;;
	mov cr106=r62
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r27=cr107 ;;
	mov cr107=r65
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r38=cr108 ;;
	mov cr108=r68
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r49=cr109 ;;
	mov cr109=r71
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r60=cr110 ;;
	mov cr110=r74
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r71=cr111 ;;
	mov cr111=r77
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r82=cr112 ;;
	mov cr112=r80
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r93=cr113 ;;
	mov cr113=r83
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r104=cr114 ;;
	mov cr114=r86
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r115=cr115 ;;
	mov cr115=r89
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r126=cr116 ;;
	mov cr116=r92
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r9=cr117 ;;
	mov cr117=r95
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r20=cr118 ;;
	mov cr118=r98
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r31=cr119 ;;
	mov cr119=r101
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r42=cr120 ;;
	mov cr120=r104
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r53=cr121 ;;
	mov cr121=r107
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r64=cr122 ;;
	mov cr122=r110
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r75=cr123 ;;
	mov cr123=r113
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r86=cr124 ;;
	mov cr124=r116
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r97=cr125 ;;
	mov cr125=r119
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r108=cr126 ;;
	mov cr126=r122
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r119=cr127 ;;
	mov cr127=r125
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
// ---- M35 / M36 PSR moves --------------------------------------------------------
{ .mmi
	mov psr.l=r2 ;;
	mov r3=psr
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p6) mov psr.um=r127 ;;
	mov r127=psr.um
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov psr.um=r0 ;;
	(p8) mov r1=psr
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
// ---- M42 / M43 indirect register moves, translation registers --------------
{ .mmi
	mov r40=rr[r127] ;;
	mov rr[r3]=r120
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r41=dbr[r126] ;;
	mov dbr[r4]=r119
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r42=ibr[r125] ;;
	mov ibr[r5]=r118
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r43=pkr[r124] ;;
	mov pkr[r6]=r117
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r44=pmc[r123] ;;
	mov pmc[r7]=r116
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r45=pmd[r122] ;;
	mov pmd[r8]=r115
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r46=msr[r121] ;;
	mov msr[r9]=r114
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	mov r1=cpuid[r3] ;;
	(p9) mov r127=cpuid[r0]
	nop.i 0x0 ;;
}
{ .mmi
	mov r4=dahr[r5] ;;
	(p10) mov r127=dahr[r127]
	nop.i 0x0 ;;
}
{ .mmi
	itr.d dtr[r3]=r2 ;;
	(p11) itr.i itr[r127]=r0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	itr.i itr[r4]=r5 ;;
	itr.d dtr[r0]=r127
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
// ---- M41 itc, M28 fc, M45 ptc/ptr, M47 ptc.e ------------------------------------
{ .mmi
	itc.d r2 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p12) itc.i r127 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	itc.i r0 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	itc.d r64 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p13) ptc.g r127,r0 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	ptc.ga r5,r6 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	ptc.g r1,r2 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	fc r12 ;;
	fc.i r13
	nop.i 0x0 ;;
}
{ .mmi
	(p15) fc r127 ;;
	(p16) fc.i r0
	nop.i 0x0 ;;
}
{ .mmi
	ptc.l r3,r2 ;;
	ptr.d r7,r8
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	ptr.i r9,r10 ;;
	ptc.e r11
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
{ .mmi
	(p14) ptc.e r127 ;;
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	srlz.i ;;
	srlz.d
	nop.i 0x0 ;;
}
// ---- M38 / M39 / M40 probe -------------------------------------------------------
{ .mmi
	probe.r r1=r10,0 ;;
	probe.w r20=r30,0
	nop.i 0x0 ;;
}
{ .mmi
	probe.rw.fault r40,0 ;;
	probe.r.fault r50,0
	nop.i 0x0 ;;
}
{ .mmi
	probe.w.fault r60,0 ;;
	probe.r r2=r11,1
	nop.i 0x0 ;;
}
{ .mmi
	probe.w r21=r31,1 ;;
	probe.rw.fault r41,1
	nop.i 0x0 ;;
}
{ .mmi
	probe.r.fault r51,1 ;;
	probe.w.fault r61,1
	nop.i 0x0 ;;
}
{ .mmi
	probe.r r3=r12,2 ;;
	probe.w r22=r32,2
	nop.i 0x0 ;;
}
{ .mmi
	probe.rw.fault r42,2 ;;
	probe.r.fault r52,2
	nop.i 0x0 ;;
}
{ .mmi
	probe.w.fault r62,2 ;;
	probe.r r4=r13,3
	nop.i 0x0 ;;
}
{ .mmi
	probe.w r23=r33,3 ;;
	probe.rw.fault r43,3
	nop.i 0x0 ;;
}
{ .mmi
	probe.r.fault r53,3 ;;
	probe.w.fault r63,3
	nop.i 0x0 ;;
}
{ .mmi
	probe.r r1=r2,r3 ;;
	(p17) probe.w r127=r126,r125
	nop.i 0x0 ;;
}
{ .mmi
	probe.r r1=r0,r0 ;;
	probe.w r4=r5,r6
	nop.i 0x0 ;;
}
// ---- M46 thash / ttag / tpa / tak -------------------------------------------------
{ .mmi
	thash r1=r2 ;;
	(p18) ttag r127=r126
	nop.i 0x0 ;;
}
{ .mmi
	tpa r3=r4 ;;
	tak r5=r6
	nop.i 0x0 ;;
}
{ .mmi
	thash r1=r127 ;;
	ttag r8=r9
	nop.i 0x0 ;;
}
{ .mmi
	(p19) tpa r127=r0 ;;
	(p20) tak r10=r11
	nop.i 0x0 ;;
}
// ---- M34 alloc (printed sof,sol,sor; no predicate) ---------------------------------
{ .mmi
	alloc r1=ar.pfs,0,0,0,0
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r32=ar.pfs,2,3,4,8
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r127=ar.pfs,96,0,0,96
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r35=ar.pfs,8,8,8,16
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r2=ar.pfs,0,96,0,0
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r40=ar.pfs,1,1,1,0
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r16=ar.pfs,0,0,96,88
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	alloc r127=ar.pfs,5,6,7,0
	nop.m 0x0
	nop.i 0x0 ;;
}
// ---- M18 setf / M19 getf ------------------------------------------------------------
{ .mmi
	setf.sig f2=r3 ;;
	getf.sig r4=f5
	nop.i 0x0 ;;
}
{ .mmi
	(p21) setf.sig f127=r0 ;;
	getf.sig r127=f127
	nop.i 0x0 ;;
}
{ .mmi
	setf.exp f3=r4 ;;
	getf.exp r5=f6
	nop.i 0x0 ;;
}
{ .mmi
	(p22) setf.exp f127=r0 ;;
	getf.exp r127=f127
	nop.i 0x0 ;;
}
{ .mmi
	setf.s f4=r5 ;;
	getf.s r6=f7
	nop.i 0x0 ;;
}
{ .mmi
	(p23) setf.s f127=r0 ;;
	getf.s r127=f127
	nop.i 0x0 ;;
}
{ .mmi
	setf.d f5=r6 ;;
	getf.d r7=f8
	nop.i 0x0 ;;
}
{ .mmi
	(p24) setf.d f127=r0 ;;
	getf.d r127=f127
	nop.i 0x0 ;;
}
.Lfwd:

// ---- raw bundles ------------------------------------------------------------------
	// mov.m ar.pfs=r14
	data8 0x0040042a80380009, 0x0004000000084500
	// mov.m ar.lc=r15
	data8 0x0050042a823c0009, 0x0004000000084504
	// mov.m ar.ec=r16
	data8 0x0060042a84400009, 0x0004000000084508
	// mov.m ar67=r17
	data8 0x0070042a86440009, 0x000400000008450c
	// mov.m ar68=r18
	data8 0x0080042a88480009, 0x0004000000084510
	// mov.m ar69=r19
	data8 0x0090042a8a4c0009, 0x0004000000084514
	// mov.m ar70=r20
	data8 0x00a0042a8c500009, 0x0004000000084518
	// mov.m ar71=r21
	data8 0x00b0042a8e540009, 0x000400000008451c
	// mov.m ar72=r22
	data8 0x00c0042a90580009, 0x0004000000084520
	// mov.m ar73=r23
	data8 0x00d0042a925c0009, 0x0004000000084524
	// mov.m ar74=r24
	data8 0x00e0042a94600009, 0x0004000000084528
	// mov.m ar75=r25
	data8 0x00f0042a96640009, 0x000400000008452c
	// mov.m ar76=r26
	data8 0x0100042a98680009, 0x0004000000084530
	// mov.m ar77=r27
	data8 0x0110042a9a6c0009, 0x0004000000084534
	// mov.m ar78=r28
	data8 0x0120042a9c700009, 0x0004000000084538
	// mov.m ar79=r29
	data8 0x0130042a9e740009, 0x000400000008453c
	// mov.m ar80=r30
	data8 0x0140042aa0780009, 0x0004000000084540
	// mov.m ar81=r31
	data8 0x0150042aa27c0009, 0x0004000000084544
	// mov.m ar82=r32
	data8 0x0160042aa4800009, 0x0004000000084548
	// mov.m ar83=r33
	data8 0x0170042aa6840009, 0x000400000008454c
	// mov.m ar84=r34
	data8 0x0180042aa8880009, 0x0004000000084550
	// mov.m ar85=r35
	data8 0x0190042aaa8c0009, 0x0004000000084554
	// mov.m ar86=r36
	data8 0x01a0042aac900009, 0x0004000000084558
	// mov.m ar87=r37
	data8 0x01b0042aae940009, 0x000400000008455c
	// mov.m ar88=r38
	data8 0x01c0042ab0980009, 0x0004000000084560
	// mov.m ar89=r39
	data8 0x01d0042ab29c0009, 0x0004000000084564
	// mov.m ar90=r40
	data8 0x01e0042ab4a00009, 0x0004000000084568
	// mov.m ar91=r41
	data8 0x01f0042ab6a40009, 0x000400000008456c
	// mov.m ar92=r42
	data8 0x0200042ab8a80009, 0x0004000000084570
	// mov.m ar93=r43
	data8 0x0210042abaac0009, 0x0004000000084574
	// mov.m ar94=r44
	data8 0x0220042abcb00009, 0x0004000000084578
	// mov.m ar95=r45
	data8 0x0230042abeb40009, 0x000400000008457c
	// mov.m ar96=r46
	data8 0x0240042ac0b80009, 0x0004000000084580
	// mov.m ar97=r47
	data8 0x0250042ac2bc0009, 0x0004000000084584
	// mov.m ar98=r48
	data8 0x0260042ac4c00009, 0x0004000000084588
	// mov.m ar99=r49
	data8 0x0270042ac6c40009, 0x000400000008458c
	// mov.m ar100=r50
	data8 0x0280042ac8c80009, 0x0004000000084590
	// mov.m ar101=r51
	data8 0x0290042acacc0009, 0x0004000000084594
	// mov.m ar102=r52
	data8 0x02a0042accd00009, 0x0004000000084598
	// mov.m ar103=r53
	data8 0x02b0042aced40009, 0x000400000008459c
	// mov.m ar104=r54
	data8 0x02c0042ad0d80009, 0x00040000000845a0
	// mov.m ar105=r55
	data8 0x02d0042ad2dc0009, 0x00040000000845a4
	// mov.m ar106=r56
	data8 0x02e0042ad4e00009, 0x00040000000845a8
	// mov.m ar107=r57
	data8 0x02f0042ad6e40009, 0x00040000000845ac
	// mov.m ar108=r58
	data8 0x0300042ad8e80009, 0x00040000000845b0
	// mov.m ar109=r59
	data8 0x0310042adaec0009, 0x00040000000845b4
	// mov.m ar110=r60
	data8 0x0320042adcf00009, 0x00040000000845b8
	// mov.m ar111=r61
	data8 0x0330042adef40009, 0x00040000000845bc
	// mov.m ar.pfs=-128
	data8 0x0000022880000009, 0x0004000000000200
	// mov.m ar.lc=-123
	data8 0x0000022882140009, 0x0004000000000200
	// mov.m ar.ec=-118
	data8 0x0000022884280009, 0x0004000000000200
	// mov.m ar67=-113
	data8 0x00000228863c0009, 0x0004000000000200
	// mov.m ar68=-108
	data8 0x0000022888500009, 0x0004000000000200
	// mov.m ar69=-103
	data8 0x000002288a640009, 0x0004000000000200
	// mov.m ar70=-98
	data8 0x000002288c780009, 0x0004000000000200
	// mov.m ar71=-93
	data8 0x000002288e8c0009, 0x0004000000000200
	// mov.m ar72=-88
	data8 0x0000022890a00009, 0x0004000000000200
	// mov.m ar73=-83
	data8 0x0000022892b40009, 0x0004000000000200
	// mov.m ar74=-78
	data8 0x0000022894c80009, 0x0004000000000200
	// mov.m ar75=-73
	data8 0x0000022896dc0009, 0x0004000000000200
	// mov.m ar76=-68
	data8 0x0000022898f00009, 0x0004000000000200
	// mov.m ar77=-63
	data8 0x000002289b040009, 0x0004000000000200
	// mov.m ar78=-58
	data8 0x000002289d180009, 0x0004000000000200
	// mov.m ar79=-53
	data8 0x000002289f2c0009, 0x0004000000000200
	// mov.m ar80=-48
	data8 0x00000228a1400009, 0x0004000000000200
	// mov.m ar81=-43
	data8 0x00000228a3540009, 0x0004000000000200
	// mov.m ar82=-38
	data8 0x00000228a5680009, 0x0004000000000200
	// mov.m ar83=-33
	data8 0x00000228a77c0009, 0x0004000000000200
	// mov.m ar84=-28
	data8 0x00000228a9900009, 0x0004000000000200
	// mov.m ar85=-23
	data8 0x00000228aba40009, 0x0004000000000200
	// mov.m ar86=-18
	data8 0x00000228adb80009, 0x0004000000000200
	// mov.m ar87=-13
	data8 0x00000228afcc0009, 0x0004000000000200
	// mov.m ar88=-8
	data8 0x00000228b1e00009, 0x0004000000000200
	// mov.m ar89=-3
	data8 0x00000228b3f40009, 0x0004000000000200
	// mov.m ar90=2
	data8 0x00000028b4080009, 0x0004000000000200
	// mov.m ar91=7
	data8 0x00000028b61c0009, 0x0004000000000200
	// mov.m ar92=12
	data8 0x00000028b8300009, 0x0004000000000200
	// mov.m ar93=17
	data8 0x00000028ba440009, 0x0004000000000200
	// mov.m ar94=22
	data8 0x00000028bc580009, 0x0004000000000200
	// mov.m ar95=27
	data8 0x00000028be6c0009, 0x0004000000000200
	// mov.m ar96=32
	data8 0x00000028c0800009, 0x0004000000000200
	// mov.m ar97=37
	data8 0x00000028c2940009, 0x0004000000000200
	// mov.m ar98=42
	data8 0x00000028c4a80009, 0x0004000000000200
	// mov.m ar99=47
	data8 0x00000028c6bc0009, 0x0004000000000200
	// mov.m ar100=52
	data8 0x00000028c8d00009, 0x0004000000000200
	// mov.m ar101=57
	data8 0x00000028cae40009, 0x0004000000000200
	// mov.m ar102=62
	data8 0x00000028ccf80009, 0x0004000000000200
	// mov.m ar103=67
	data8 0x00000028cf0c0009, 0x0004000000000200
	// mov.m ar104=72
	data8 0x00000028d1200009, 0x0004000000000200
	// mov.m ar105=77
	data8 0x00000028d3340009, 0x0004000000000200
	// mov.m ar106=82
	data8 0x00000028d5480009, 0x0004000000000200
	// mov.m ar107=87
	data8 0x00000028d75c0009, 0x0004000000000200
	// mov.m ar108=92
	data8 0x00000028d9700009, 0x0004000000000200
	// mov.m ar109=97
	data8 0x00000028db840009, 0x0004000000000200
	// mov.m ar110=102
	data8 0x00000028dd980009, 0x0004000000000200
	// mov.m ar111=107
	data8 0x00000028dfac0009, 0x0004000000000200
	// major 0, x3=1: reserved
	data8 0x00000040091a2809, 0x0004000000000200
	// major 0, x3=2: reserved
	data8 0x00000080091a2809, 0x0004000000000200
	// major 0, x3=3: reserved
	data8 0x000000c0091a2809, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0x2: reserved
	data8 0x000000020091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0x3: reserved
	data8 0x000000030091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0x8: reserved
	data8 0x000000080091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0x9: reserved
	data8 0x000000090091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0xb: reserved
	data8 0x0000000b0091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0xd: reserved
	data8 0x0000000d0091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0xe: reserved
	data8 0x0000000e0091a009, 0x0004000000000200
	// major 0, x3=0, x2=0, x4=0xf: reserved
	data8 0x0000000f0091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0x1: reserved
	data8 0x000000110091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0x8: reserved
	data8 0x000000180091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0x9: reserved
	data8 0x000000190091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0xa: reserved
	data8 0x0000001a0091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0xb: reserved
	data8 0x0000001b0091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0xc: reserved
	data8 0x0000001c0091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0xd: reserved
	data8 0x0000001d0091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0xe: reserved
	data8 0x0000001e0091a009, 0x0004000000000200
	// major 0, x3=0, x2=1, x4=0xf: reserved
	data8 0x0000001f0091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0x1: reserved
	data8 0x000000210091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0x9: reserved
	data8 0x000000290091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0xa: reserved
	data8 0x0000002a0091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0xb: reserved
	data8 0x0000002b0091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0xc: reserved
	data8 0x0000002c0091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0xd: reserved
	data8 0x0000002d0091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0xe: reserved
	data8 0x0000002e0091a009, 0x0004000000000200
	// major 0, x3=0, x2=2, x4=0xf: reserved
	data8 0x0000002f0091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0x2: reserved
	data8 0x000000320091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0x8: reserved
	data8 0x000000380091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0x9: reserved
	data8 0x000000390091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0xa: reserved
	data8 0x0000003a0091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0xb: reserved
	data8 0x0000003b0091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0xc: reserved
	data8 0x0000003c0091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0xd: reserved
	data8 0x0000003d0091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0xe: reserved
	data8 0x0000003e0091a009, 0x0004000000000200
	// major 0, x3=0, x2=3, x4=0xf: reserved
	data8 0x0000003f0091a009, 0x0004000000000200
	// major 0, x4=1, y=1, bits 11:10=2: reserved
	data8 0x0000000180010009, 0x0004000000000200
	// major 0, x4=1, y=1, bits 11:10=3: reserved
	data8 0x0000000180018009, 0x0004000000000200
	// major 1, x3=2: reserved
	data8 0x000004802a190809, 0x0004000000000200
	// major 1, x3=4: reserved
	data8 0x000005002a190809, 0x0004000000000200
	// major 1, x3=5: reserved
	data8 0x000005402a190809, 0x0004000000000200
	// major 1, x3=7: reserved
	data8 0x000005c02a190809, 0x0004000000000200
	// major 1, x3=0, x6=0x07: reserved
	data8 0x0000040702190809, 0x0004000000000200
	// major 1, x3=0, x6=0x08: reserved
	data8 0x0000040802190809, 0x0004000000000200
	// major 1, x3=0, x6=0x1c: reserved
	data8 0x0000041c02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x1d: reserved
	data8 0x0000041d02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x23: reserved
	data8 0x0000042302190809, 0x0004000000000200
	// major 1, x3=0, x6=0x26: reserved
	data8 0x0000042602190809, 0x0004000000000200
	// major 1, x3=0, x6=0x27: reserved
	data8 0x0000042702190809, 0x0004000000000200
	// major 1, x3=0, x6=0x28: reserved
	data8 0x0000042802190809, 0x0004000000000200
	// major 1, x3=0, x6=0x2b: reserved
	data8 0x0000042b02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x35: reserved
	data8 0x0000043502190809, 0x0004000000000200
	// major 1, x3=0, x6=0x36: reserved
	data8 0x0000043602190809, 0x0004000000000200
	// major 1, x3=0, x6=0x37: reserved
	data8 0x0000043702190809, 0x0004000000000200
	// major 1, x3=0, x6=0x3a: reserved
	data8 0x0000043a02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x3b: reserved
	data8 0x0000043b02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x3c: reserved
	data8 0x0000043c02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x3d: reserved
	data8 0x0000043d02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x3e: reserved
	data8 0x0000043e02190809, 0x0004000000000200
	// major 1, x3=0, x6=0x3f: reserved
	data8 0x0000043f02190809, 0x0004000000000200
	// srlz.d with bit 36 and fields set (ignored)
	data8 0x00000230fffff869, 0x0004000000000200
	// mov.m r1=ar.k5 with bit 36, r2 set (ignored)
	data8 0x000006220b340809, 0x0004000000000200
	// break.m with bit 26 set (ignored)
	data8 0x00000200fffff809, 0x0004000000000200
	// alloc with qp=63 and bits 36, 32:31 set (ignored)
	data8 0x000007bffe0c4fe9, 0x0004000000000200
	// alloc sol > sof
	data8 0x00000582c8110009, 0x0004000000000200
	// flushrs with qp=5 (not printed)
	data8 0x0000000c000000a9, 0x0004000000000200
	// loadrs with qp=6 (not printed)
	data8 0x0000000a000000c9, 0x0004000000000200
	// getf.d with hint bits 29:28 and r3 field set (ignored)
	data8 0x000010ffc6244009, 0x0004000000000200
	// setf.sig with hint bits set (ignored)
	data8 0x000018e502244009, 0x0004000000000200
	// getf.s with m=1: reserved
	data8 0x000012f100244009, 0x0004000000000200
	// mov dahr5=imm16 with bit 36 set
	data8 0x00000201daaad009, 0x0004000000000200
	// hint.m with bit 36 set
	data8 0x00000201d5542889, 0x0004000000000200
	// sum with x2 set (immediate bits)
	data8 0x00000234fffff809, 0x0004000000000200
	// probe.r imm2 with r2 high bits set (ignored)
	data8 0x0000041807fc2009, 0x0004000000000200
