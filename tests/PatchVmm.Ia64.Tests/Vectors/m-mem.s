// M-unit memory access test vectors (SDM formats M1-M17 in major opcodes 4-7): integer
// loads of every size and type with every load hint in the three addressing forms (no
// update, register and imm9 post-increment), integer stores, semaphores (cmpxchg, xchg,
// fetchadd with every increment), ld16/st16/cmp8xchg16, FP loads/stores, FP load pairs and
// lfetch (including the Itanium 9500 lfetch.count and data access hints .d1-.d7),
// assembled with `ia64-linux-gnu-as -x` and disassembled by GNU objdump 2.40 (the
// oracle); see tools/isa-check.sh. Two instructions per MMI bundle, on disjoint registers.
// Reserved encodings (objdump prints data8) and bits objdump ignores come last, as raw
// bundles: template MMI + stop, slot 0 under test, nop.m, nop.i.
	.text
	.explicit
// ---- M1 integer loads ld r1=[r3] -----------------------------------------------------
{ .mmi
	ld1 r21=[r29]
	ld1.nt1 r101=[r110]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.d2 r55=[r2]
	(p29) ld1.nta r71=[r82]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.d4 r26=[r33]
	ld1.d5 r105=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.d6 r60=[r6]
	(p57) ld1.d7 r75=[r85]
	nop.i 0x0 ;;
}
{ .mmi
	ld2 r31=[r42]
	ld2.nt1 r109=[r116]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.d2 r2=[r10]
	(p22) ld2.nta r79=[r88]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.d4 r36=[r46]
	ld2.d5 r113=[r124]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.d6 r7=[r14]
	(p50) ld2.d7 r83=[r91]
	nop.i 0x0 ;;
}
{ .mmi
	ld4 r41=[r50]
	ld4.nt1 r117=[r127]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.d2 r12=[r23]
	(p15) ld4.nta r87=[r94]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.d4 r46=[r54]
	ld4.d5 r121=[r66]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.d6 r17=[r27]
	(p43) ld4.d7 r91=[r102]
	nop.i 0x0 ;;
}
{ .mmi
	ld8 r51=[r58]
	ld8.nt1 r125=[r69]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.d2 r22=[r31]
	(p8) ld8.nta r95=[r105]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.d4 r56=[r4]
	ld8.d5 r65=[r72]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.d6 r27=[r35]
	(p36) ld8.d7 r99=[r108]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s r61=[r8]
	ld1.s.nt1 r69=[r80]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s.d2 r32=[r39]
	(p1) ld1.s.nta r103=[r111]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s.d4 r3=[r12]
	ld1.s.d5 r73=[r83]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s.d6 r37=[r48]
	(p29) ld1.s.d7 r107=[r114]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.s r8=[r16]
	ld2.s.nt1 r77=[r86]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.s.d2 r42=[r52]
	(p57) ld2.s.nta r111=[r122]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.s.d4 r13=[r20]
	ld2.s.d5 r81=[r89]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.s.d6 r47=[r56]
	(p22) ld2.s.d7 r115=[r125]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s r18=[r29]
	ld4.s.nt1 r85=[r92]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s.d2 r52=[r60]
	(p50) ld4.s.nta r119=[r64]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s.d4 r23=[r33]
	ld4.s.d5 r89=[r100]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s.d6 r57=[r1]
	(p15) ld4.s.d7 r123=[r67]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.s r28=[r37]
	ld8.s.nt1 r93=[r103]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.s.d2 r62=[r10]
	(p43) ld8.s.nta r127=[r70]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.s.d4 r33=[r41]
	ld8.s.d5 r97=[r106]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.s.d6 r4=[r14]
	(p8) ld8.s.d7 r67=[r78]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a r38=[r45]
	ld1.a.nt1 r101=[r109]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a.d2 r9=[r18]
	(p36) ld1.a.nta r71=[r81]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a.d4 r43=[r54]
	ld1.a.d5 r105=[r112]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a.d6 r14=[r22]
	(p1) ld1.a.d7 r75=[r84]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.a r48=[r58]
	ld2.a.nt1 r109=[r120]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.a.d2 r19=[r26]
	(p29) ld2.a.nta r79=[r87]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.a.d4 r53=[r62]
	ld2.a.d5 r113=[r123]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.a.d6 r24=[r35]
	(p57) ld2.a.d7 r83=[r90]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a r58=[r3]
	ld4.a.nt1 r117=[r126]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a.d2 r29=[r39]
	(p22) ld4.a.nta r87=[r98]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a.d4 r63=[r7]
	ld4.a.d5 r121=[r65]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a.d6 r34=[r43]
	(p50) ld4.a.d7 r91=[r101]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.a r5=[r16]
	ld8.a.nt1 r125=[r68]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.a.d2 r39=[r47]
	(p15) ld8.a.nta r95=[r104]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.a.d4 r10=[r20]
	ld8.a.d5 r65=[r76]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.a.d6 r44=[r51]
	(p43) ld8.a.d7 r99=[r107]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa r15=[r24]
	ld1.sa.nt1 r69=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa.d2 r49=[r60]
	(p8) ld1.sa.nta r103=[r110]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa.d4 r20=[r28]
	ld1.sa.d5 r73=[r82]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa.d6 r54=[r1]
	(p36) ld1.sa.d7 r107=[r118]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.sa r25=[r32]
	ld2.sa.nt1 r77=[r85]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.sa.d2 r59=[r5]
	(p1) ld2.sa.nta r111=[r121]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.sa.d4 r30=[r41]
	ld2.sa.d5 r81=[r88]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.sa.d6 r1=[r9]
	(p29) ld2.sa.d7 r115=[r124]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa r35=[r45]
	ld4.sa.nt1 r85=[r96]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa.d2 r6=[r13]
	(p57) ld4.sa.nta r119=[r127]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa.d4 r40=[r49]
	ld4.sa.d5 r89=[r99]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa.d6 r11=[r22]
	(p22) ld4.sa.d7 r123=[r66]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.sa r45=[r53]
	ld8.sa.nt1 r93=[r102]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.sa.d2 r16=[r26]
	(p50) ld8.sa.nta r127=[r74]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.sa.d4 r50=[r57]
	ld8.sa.d5 r97=[r105]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.sa.d6 r21=[r30]
	(p15) ld8.sa.d7 r67=[r77]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias r55=[r3]
	ld1.bias.nt1 r101=[r108]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias.d2 r26=[r34]
	(p43) ld1.bias.nta r71=[r80]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias.d4 r60=[r7]
	ld1.bias.d5 r105=[r116]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias.d6 r31=[r38]
	(p8) ld1.bias.d7 r75=[r83]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.bias r2=[r11]
	ld2.bias.nt1 r109=[r119]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.bias.d2 r36=[r47]
	(p36) ld2.bias.nta r79=[r86]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.bias.d4 r7=[r15]
	ld2.bias.d5 r113=[r122]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.bias.d6 r41=[r51]
	(p1) ld2.bias.d7 r83=[r94]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias r12=[r19]
	ld4.bias.nt1 r117=[r125]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias.d2 r46=[r55]
	(p29) ld4.bias.nta r87=[r97]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias.d4 r17=[r28]
	ld4.bias.d5 r121=[r64]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias.d6 r51=[r59]
	(p57) ld4.bias.d7 r91=[r100]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.bias r22=[r32]
	ld8.bias.nt1 r125=[r72]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.bias.d2 r56=[r63]
	(p22) ld8.bias.nta r95=[r103]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.bias.d4 r27=[r36]
	ld8.bias.d5 r65=[r75]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.bias.d6 r61=[r9]
	(p50) ld8.bias.d7 r99=[r106]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq r32=[r40]
	ld1.acq.nt1 r69=[r78]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq.d2 r3=[r13]
	(p15) ld1.acq.nta r103=[r114]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq.d4 r37=[r44]
	ld1.acq.d5 r73=[r81]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq.d6 r8=[r17]
	(p43) ld1.acq.d7 r107=[r117]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.acq r42=[r53]
	ld2.acq.nt1 r77=[r84]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.acq.d2 r13=[r21]
	(p8) ld2.acq.nta r111=[r120]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.acq.d4 r47=[r57]
	ld2.acq.d5 r81=[r92]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.acq.d6 r18=[r25]
	(p36) ld2.acq.d7 r115=[r123]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq r52=[r61]
	ld4.acq.nt1 r85=[r95]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq.d2 r23=[r34]
	(p1) ld4.acq.nta r119=[r126]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq.d4 r57=[r2]
	ld4.acq.d5 r89=[r98]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq.d6 r28=[r38]
	(p29) ld4.acq.d7 r123=[r70]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.acq r62=[r6]
	ld8.acq.nt1 r93=[r101]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.acq.d2 r33=[r42]
	(p57) ld8.acq.nta r127=[r73]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.acq.d4 r4=[r15]
	ld8.acq.d5 r97=[r104]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.acq.d6 r38=[r46]
	(p22) ld8.acq.d7 r67=[r76]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr r9=[r19]
	ld1.c.clr.nt1 r101=[r112]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.d2 r43=[r50]
	(p50) ld1.c.clr.nta r71=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.d4 r14=[r23]
	ld1.c.clr.d5 r105=[r115]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.d6 r48=[r59]
	(p15) ld1.c.clr.d7 r75=[r82]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr r19=[r27]
	ld2.c.clr.nt1 r109=[r118]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.d2 r53=[r63]
	(p43) ld2.c.clr.nta r79=[r90]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.d4 r24=[r31]
	ld2.c.clr.d5 r113=[r121]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.d6 r58=[r4]
	(p8) ld2.c.clr.d7 r83=[r93]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr r29=[r40]
	ld4.c.clr.nt1 r117=[r124]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.d2 r63=[r8]
	(p36) ld4.c.clr.nta r87=[r96]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.d4 r34=[r44]
	ld4.c.clr.d5 r121=[r68]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.d6 r5=[r12]
	(p1) ld4.c.clr.d7 r91=[r99]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr r39=[r48]
	ld8.c.clr.nt1 r125=[r71]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.d2 r10=[r21]
	(p29) ld8.c.clr.nta r95=[r102]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.d4 r44=[r52]
	ld8.c.clr.d5 r65=[r74]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.d6 r15=[r25]
	(p57) ld8.c.clr.d7 r99=[r110]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc r49=[r56]
	ld1.c.nc.nt1 r69=[r77]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc.d2 r20=[r29]
	(p22) ld1.c.nc.nta r103=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc.d4 r54=[r2]
	ld1.c.nc.d5 r73=[r80]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc.d6 r25=[r33]
	(p50) ld1.c.nc.d7 r107=[r116]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.nc r59=[r6]
	ld2.c.nc.nt1 r77=[r88]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.nc.d2 r30=[r37]
	(p15) ld2.c.nc.nta r111=[r119]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.nc.d4 r1=[r10]
	ld2.c.nc.d5 r81=[r91]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.nc.d6 r35=[r46]
	(p43) ld2.c.nc.d7 r115=[r122]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc r6=[r14]
	ld4.c.nc.nt1 r85=[r94]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc.d2 r40=[r50]
	(p8) ld4.c.nc.nta r119=[r66]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc.d4 r11=[r18]
	ld4.c.nc.d5 r89=[r97]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc.d6 r45=[r54]
	(p36) ld4.c.nc.d7 r123=[r69]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.nc r16=[r27]
	ld8.c.nc.nt1 r93=[r100]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.nc.d2 r50=[r58]
	(p1) ld8.c.nc.nta r127=[r72]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.nc.d4 r21=[r31]
	ld8.c.nc.d5 r97=[r108]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.nc.d6 r55=[r62]
	(p29) ld8.c.nc.d7 r67=[r75]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq r26=[r35]
	ld1.c.clr.acq.nt1 r101=[r111]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq.d2 r60=[r8]
	(p57) ld1.c.clr.acq.nta r71=[r78]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq.d4 r31=[r39]
	ld1.c.clr.acq.d5 r105=[r114]
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq.d6 r2=[r12]
	(p22) ld1.c.clr.acq.d7 r75=[r86]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.acq r36=[r43]
	ld2.c.clr.acq.nt1 r109=[r117]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.acq.d2 r7=[r16]
	(p50) ld2.c.clr.acq.nta r79=[r89]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.acq.d4 r41=[r52]
	ld2.c.clr.acq.d5 r113=[r120]
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.acq.d6 r12=[r20]
	(p15) ld2.c.clr.acq.d7 r83=[r92]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq r46=[r56]
	ld4.c.clr.acq.nt1 r117=[r64]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq.d2 r17=[r24]
	(p43) ld4.c.clr.acq.nta r87=[r95]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq.d4 r51=[r60]
	ld4.c.clr.acq.d5 r121=[r67]
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq.d6 r22=[r33]
	(p8) ld4.c.clr.acq.d7 r91=[r98]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.acq r56=[r1]
	ld8.c.clr.acq.nt1 r125=[r70]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.acq.d2 r27=[r37]
	(p36) ld8.c.clr.acq.nta r95=[r106]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.acq.d4 r61=[r5]
	ld8.c.clr.acq.d5 r65=[r73]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.acq.d6 r32=[r41]
	(p1) ld8.c.clr.acq.d7 r99=[r109]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill r3=[r14]
	ld8.fill.nt1 r69=[r76]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill.d2 r37=[r45]
	(p29) ld8.fill.nta r103=[r112]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill.d4 r8=[r18]
	ld8.fill.d5 r73=[r84]
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill.d6 r42=[r49]
	(p57) ld8.fill.d7 r107=[r115]
	nop.i 0x0 ;;
}
// ---- M2 integer loads ld r1=[r3],r2 --------------------------------------------------
{ .mmi
	ld1 r13=[r22],r31
	ld1.nt1 r77=[r87],r97
	nop.i 0x0 ;;
}
{ .mmi
	ld1.nta r47=[r58],r6
	(p22) ld2 r111=[r118],r125
	nop.i 0x0 ;;
}
{ .mmi
	ld2.nt1 r18=[r26],r34
	ld2.nta r81=[r90],r99
	nop.i 0x0 ;;
}
{ .mmi
	ld4 r52=[r62],r9
	(p50) ld4.nt1 r115=[r126],r73
	nop.i 0x0 ;;
}
{ .mmi
	ld4.nta r23=[r30],r37
	ld8 r85=[r93],r101
	nop.i 0x0 ;;
}
{ .mmi
	ld8.nt1 r57=[r3],r12
	(p15) ld8.nta r119=[r65],r75
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s r28=[r39],r50
	ld1.s.nt1 r89=[r96],r103
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s.nta r62=[r7],r15
	(p43) ld2.s r123=[r68],r77
	nop.i 0x0 ;;
}
{ .mmi
	ld2.s.nt1 r33=[r43],r53
	ld2.s.nta r93=[r104],r115
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s r4=[r11],r18
	(p8) ld4.s.nt1 r127=[r71],r79
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s.nta r38=[r47],r56
	ld8.s r97=[r107],r117
	nop.i 0x0 ;;
}
{ .mmi
	ld8.s.nt1 r9=[r20],r31
	(p36) ld8.s.nta r67=[r74],r81
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a r43=[r51],r59
	ld1.a.nt1 r101=[r110],r119
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a.nta r14=[r24],r34
	(p1) ld2.a r71=[r82],r93
	nop.i 0x0 ;;
}
{ .mmi
	ld2.a.nt1 r48=[r55],r62
	ld2.a.nta r105=[r113],r121
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a r19=[r28],r37
	(p29) ld4.a.nt1 r75=[r85],r95
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a.nta r53=[r1],r12
	ld8.a r109=[r116],r123
	nop.i 0x0 ;;
}
{ .mmi
	ld8.a.nt1 r24=[r32],r40
	(p57) ld8.a.nta r79=[r88],r97
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa r58=[r5],r15
	ld1.sa.nt1 r113=[r124],r71
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa.nta r29=[r36],r43
	(p22) ld2.sa r83=[r91],r99
	nop.i 0x0 ;;
}
{ .mmi
	ld2.sa.nt1 r63=[r9],r18
	ld2.sa.nta r117=[r127],r73
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa r34=[r45],r56
	(p50) ld4.sa.nt1 r87=[r94],r101
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa.nta r5=[r13],r21
	ld8.sa r121=[r66],r75
	nop.i 0x0 ;;
}
{ .mmi
	ld8.sa.nt1 r39=[r49],r59
	(p15) ld8.sa.nta r91=[r102],r113
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias r10=[r17],r24
	ld1.bias.nt1 r125=[r69],r77
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias.nta r44=[r53],r62
	(p43) ld2.bias r95=[r105],r115
	nop.i 0x0 ;;
}
{ .mmi
	ld2.bias.nt1 r15=[r26],r37
	ld2.bias.nta r65=[r72],r79
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias r49=[r57],r2
	(p8) ld4.bias.nt1 r99=[r108],r117
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias.nta r20=[r30],r40
	ld8.bias r69=[r80],r91
	nop.i 0x0 ;;
}
{ .mmi
	ld8.bias.nt1 r54=[r61],r5
	(p36) ld8.bias.nta r103=[r111],r119
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq r25=[r34],r43
	ld1.acq.nt1 r73=[r83],r93
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq.nta r59=[r7],r18
	(p1) ld2.acq r107=[r114],r121
	nop.i 0x0 ;;
}
{ .mmi
	ld2.acq.nt1 r30=[r38],r46
	ld2.acq.nta r77=[r86],r95
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq r1=[r11],r21
	(p29) ld4.acq.nt1 r111=[r122],r69
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq.nta r35=[r42],r49
	ld8.acq r81=[r89],r97
	nop.i 0x0 ;;
}
{ .mmi
	ld8.acq.nt1 r6=[r15],r24
	(p57) ld8.acq.nta r115=[r125],r71
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr r40=[r51],r62
	ld1.c.clr.nt1 r85=[r92],r99
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.nta r11=[r19],r27
	(p22) ld2.c.clr r119=[r64],r73
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.nt1 r45=[r55],r2
	ld2.c.clr.nta r89=[r100],r111
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr r16=[r23],r30
	(p50) ld4.c.clr.nt1 r123=[r67],r75
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.nta r50=[r59],r5
	ld8.c.clr r93=[r103],r113
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.nt1 r21=[r32],r43
	(p15) ld8.c.clr.nta r127=[r70],r77
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc r55=[r63],r8
	ld1.c.nc.nt1 r97=[r106],r115
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc.nta r26=[r36],r46
	(p43) ld2.c.nc r67=[r78],r89
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.nc.nt1 r60=[r4],r11
	ld2.c.nc.nta r101=[r109],r117
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc r31=[r40],r49
	(p8) ld4.c.nc.nt1 r71=[r81],r91
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc.nta r2=[r13],r24
	ld8.c.nc r105=[r112],r119
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.nc.nt1 r36=[r44],r52
	(p36) ld8.c.nc.nta r75=[r84],r93
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq r7=[r17],r27
	ld1.c.clr.acq.nt1 r109=[r120],r67
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq.nta r41=[r48],r55
	(p1) ld2.c.clr.acq r79=[r87],r95
	nop.i 0x0 ;;
}
{ .mmi
	ld2.c.clr.acq.nt1 r12=[r21],r30
	ld2.c.clr.acq.nta r113=[r123],r69
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq r46=[r57],r5
	(p29) ld4.c.clr.acq.nt1 r83=[r90],r97
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq.nta r17=[r25],r33
	ld8.c.clr.acq r117=[r126],r71
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.acq.nt1 r51=[r61],r8
	(p57) ld8.c.clr.acq.nta r87=[r98],r109
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill r22=[r29],r36
	ld8.fill.nt1 r121=[r65],r73
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill.nta r56=[r2],r11
	nop.m 0x0
	nop.i 0x0 ;;
}
// ---- M3 integer loads ld r1=[r3],imm9 ------------------------------------------------
{ .mmi
	(p22) ld1 r10=[r20],-64
	ld1.nt1 r108=[r119],127
	nop.i 0x0 ;;
}
{ .mmi
	ld1.nta r44=[r51],-128
	ld2 r78=[r86],8
	nop.i 0x0 ;;
}
{ .mmi
	(p50) ld2.nt1 r15=[r24],16
	ld2.nta r112=[r122],-8
	nop.i 0x0 ;;
}
{ .mmi
	ld4 r49=[r60],200
	ld4.nt1 r82=[r89],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p15) ld4.nta r20=[r28],2
	ld8 r116=[r125],100
	nop.i 0x0 ;;
}
{ .mmi
	ld8.nt1 r54=[r1],-100
	ld8.nta r86=[r97],37
	nop.i 0x0 ;;
}
{ .mmi
	(p43) ld1.s r25=[r32],0
	ld1.s.nt1 r120=[r64],1
	nop.i 0x0 ;;
}
{ .mmi
	ld1.s.nta r59=[r5],-1
	ld2.s r90=[r100],255
	nop.i 0x0 ;;
}
{ .mmi
	(p8) ld2.s.nt1 r30=[r41],-256
	ld2.s.nta r124=[r67],128
	nop.i 0x0 ;;
}
{ .mmi
	ld4.s r1=[r9],-129
	ld4.s.nt1 r94=[r103],64
	nop.i 0x0 ;;
}
{ .mmi
	(p36) ld4.s.nta r35=[r45],-64
	ld8.s r64=[r75],127
	nop.i 0x0 ;;
}
{ .mmi
	ld8.s.nt1 r6=[r13],-128
	ld8.s.nta r98=[r106],8
	nop.i 0x0 ;;
}
{ .mmi
	(p1) ld1.a r40=[r49],16
	ld1.a.nt1 r68=[r78],-8
	nop.i 0x0 ;;
}
{ .mmi
	ld1.a.nta r11=[r22],200
	ld2.a r102=[r109],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p29) ld2.a.nt1 r45=[r53],2
	ld2.a.nta r72=[r81],100
	nop.i 0x0 ;;
}
{ .mmi
	ld4.a r16=[r26],-100
	ld4.a.nt1 r106=[r117],37
	nop.i 0x0 ;;
}
{ .mmi
	(p57) ld4.a.nta r50=[r57],0
	ld8.a r76=[r84],1
	nop.i 0x0 ;;
}
{ .mmi
	ld8.a.nt1 r21=[r30],-1
	ld8.a.nta r110=[r120],255
	nop.i 0x0 ;;
}
{ .mmi
	(p22) ld1.sa r55=[r3],-256
	ld1.sa.nt1 r80=[r87],128
	nop.i 0x0 ;;
}
{ .mmi
	ld1.sa.nta r26=[r34],-129
	ld2.sa r114=[r123],64
	nop.i 0x0 ;;
}
{ .mmi
	(p50) ld2.sa.nt1 r60=[r7],-64
	ld2.sa.nta r84=[r95],127
	nop.i 0x0 ;;
}
{ .mmi
	ld4.sa r31=[r38],-128
	ld4.sa.nt1 r118=[r126],8
	nop.i 0x0 ;;
}
{ .mmi
	(p15) ld4.sa.nta r2=[r11],16
	ld8.sa r88=[r98],-8
	nop.i 0x0 ;;
}
{ .mmi
	ld8.sa.nt1 r36=[r47],200
	ld8.sa.nta r122=[r65],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p43) ld1.bias r7=[r15],2
	ld1.bias.nt1 r92=[r101],100
	nop.i 0x0 ;;
}
{ .mmi
	ld1.bias.nta r41=[r51],-100
	ld2.bias r126=[r73],37
	nop.i 0x0 ;;
}
{ .mmi
	(p8) ld2.bias.nt1 r12=[r19],0
	ld2.bias.nta r96=[r104],1
	nop.i 0x0 ;;
}
{ .mmi
	ld4.bias r46=[r55],-1
	ld4.bias.nt1 r66=[r76],255
	nop.i 0x0 ;;
}
{ .mmi
	(p36) ld4.bias.nta r17=[r28],-256
	ld8.bias r100=[r107],128
	nop.i 0x0 ;;
}
{ .mmi
	ld8.bias.nt1 r51=[r59],-129
	ld8.bias.nta r70=[r79],64
	nop.i 0x0 ;;
}
{ .mmi
	(p1) ld1.acq r22=[r32],-64
	ld1.acq.nt1 r104=[r115],127
	nop.i 0x0 ;;
}
{ .mmi
	ld1.acq.nta r56=[r63],-128
	ld2.acq r74=[r82],8
	nop.i 0x0 ;;
}
{ .mmi
	(p29) ld2.acq.nt1 r27=[r36],16
	ld2.acq.nta r108=[r118],-8
	nop.i 0x0 ;;
}
{ .mmi
	ld4.acq r61=[r9],200
	ld4.acq.nt1 r78=[r85],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p57) ld4.acq.nta r32=[r40],2
	ld8.acq r112=[r121],100
	nop.i 0x0 ;;
}
{ .mmi
	ld8.acq.nt1 r3=[r13],-100
	ld8.acq.nta r82=[r93],37
	nop.i 0x0 ;;
}
{ .mmi
	(p22) ld1.c.clr r37=[r44],0
	ld1.c.clr.nt1 r116=[r124],1
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.nta r8=[r17],-1
	ld2.c.clr r86=[r96],255
	nop.i 0x0 ;;
}
{ .mmi
	(p50) ld2.c.clr.nt1 r42=[r53],-256
	ld2.c.clr.nta r120=[r127],128
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr r13=[r21],-129
	ld4.c.clr.nt1 r90=[r99],64
	nop.i 0x0 ;;
}
{ .mmi
	(p15) ld4.c.clr.nta r47=[r57],-64
	ld8.c.clr r124=[r71],127
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.nt1 r18=[r25],-128
	ld8.c.clr.nta r94=[r102],8
	nop.i 0x0 ;;
}
{ .mmi
	(p43) ld1.c.nc r52=[r61],16
	ld1.c.nc.nt1 r64=[r74],-8
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.nc.nta r23=[r34],200
	ld2.c.nc r98=[r105],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p8) ld2.c.nc.nt1 r57=[r2],2
	ld2.c.nc.nta r68=[r77],100
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.nc r28=[r38],-100
	ld4.c.nc.nt1 r102=[r113],37
	nop.i 0x0 ;;
}
{ .mmi
	(p36) ld4.c.nc.nta r62=[r6],0
	ld8.c.nc r72=[r80],1
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.nc.nt1 r33=[r42],-1
	ld8.c.nc.nta r106=[r116],255
	nop.i 0x0 ;;
}
{ .mmi
	(p1) ld1.c.clr.acq r4=[r15],-256
	ld1.c.clr.acq.nt1 r76=[r83],128
	nop.i 0x0 ;;
}
{ .mmi
	ld1.c.clr.acq.nta r38=[r46],-129
	ld2.c.clr.acq r110=[r119],64
	nop.i 0x0 ;;
}
{ .mmi
	(p29) ld2.c.clr.acq.nt1 r9=[r19],-64
	ld2.c.clr.acq.nta r80=[r91],127
	nop.i 0x0 ;;
}
{ .mmi
	ld4.c.clr.acq r43=[r50],-128
	ld4.c.clr.acq.nt1 r114=[r122],8
	nop.i 0x0 ;;
}
{ .mmi
	(p57) ld4.c.clr.acq.nta r14=[r23],16
	ld8.c.clr.acq r84=[r94],-8
	nop.i 0x0 ;;
}
{ .mmi
	ld8.c.clr.acq.nt1 r48=[r59],200
	ld8.c.clr.acq.nta r118=[r125],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p22) ld8.fill r19=[r27],2
	ld8.fill.nt1 r88=[r97],100
	nop.i 0x0 ;;
}
{ .mmi
	ld8.fill.nta r53=[r63],-100
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld8 r1=[r0]
	ld1.nta r127=[r126],r0
	nop.i 0x0 ;;
}
// ---- M4 integer stores st [r3]=r2 ----------------------------------------------------
{ .mmi
	st1 [r7]=r18
	(p50) st1.d1 [r75]=r82
	nop.i 0x0 ;;
}
{ .mmi
	st1.d2 [r41]=r49
	st1.nta [r109]=r118
	nop.i 0x0 ;;
}
{ .mmi
	st1.d4 [r12]=r22
	(p15) st1.d5 [r79]=r90
	nop.i 0x0 ;;
}
{ .mmi
	st1.d6 [r46]=r53
	st1.d7 [r113]=r121
	nop.i 0x0 ;;
}
{ .mmi
	st2 [r17]=r26
	(p43) st2.d1 [r83]=r93
	nop.i 0x0 ;;
}
{ .mmi
	st2.d2 [r51]=r62
	st2.nta [r117]=r124
	nop.i 0x0 ;;
}
{ .mmi
	st2.d4 [r22]=r30
	(p8) st2.d5 [r87]=r96
	nop.i 0x0 ;;
}
{ .mmi
	st2.d6 [r56]=r3
	st2.d7 [r121]=r68
	nop.i 0x0 ;;
}
{ .mmi
	st4 [r27]=r34
	(p36) st4.d1 [r91]=r99
	nop.i 0x0 ;;
}
{ .mmi
	st4.d2 [r61]=r7
	st4.nta [r125]=r71
	nop.i 0x0 ;;
}
{ .mmi
	st4.d4 [r32]=r43
	(p1) st4.d5 [r95]=r102
	nop.i 0x0 ;;
}
{ .mmi
	st4.d6 [r3]=r11
	st4.d7 [r65]=r74
	nop.i 0x0 ;;
}
{ .mmi
	st8 [r37]=r47
	(p29) st8.d1 [r99]=r110
	nop.i 0x0 ;;
}
{ .mmi
	st8.d2 [r8]=r15
	st8.nta [r69]=r77
	nop.i 0x0 ;;
}
{ .mmi
	st8.d4 [r42]=r51
	(p57) st8.d5 [r103]=r113
	nop.i 0x0 ;;
}
{ .mmi
	st8.d6 [r13]=r24
	st8.d7 [r73]=r80
	nop.i 0x0 ;;
}
{ .mmi
	st1.rel [r47]=r55
	(p22) st1.rel.d1 [r107]=r116
	nop.i 0x0 ;;
}
{ .mmi
	st1.rel.d2 [r18]=r28
	st1.rel.nta [r77]=r88
	nop.i 0x0 ;;
}
{ .mmi
	st1.rel.d4 [r52]=r59
	(p50) st1.rel.d5 [r111]=r119
	nop.i 0x0 ;;
}
{ .mmi
	st1.rel.d6 [r23]=r32
	st1.rel.d7 [r81]=r91
	nop.i 0x0 ;;
}
{ .mmi
	st2.rel [r57]=r5
	(p15) st2.rel.d1 [r115]=r122
	nop.i 0x0 ;;
}
{ .mmi
	st2.rel.d2 [r28]=r36
	st2.rel.nta [r85]=r94
	nop.i 0x0 ;;
}
{ .mmi
	st2.rel.d4 [r62]=r9
	(p43) st2.rel.d5 [r119]=r66
	nop.i 0x0 ;;
}
{ .mmi
	st2.rel.d6 [r33]=r40
	st2.rel.d7 [r89]=r97
	nop.i 0x0 ;;
}
{ .mmi
	st4.rel [r4]=r13
	(p8) st4.rel.d1 [r123]=r69
	nop.i 0x0 ;;
}
{ .mmi
	st4.rel.d2 [r38]=r49
	st4.rel.nta [r93]=r100
	nop.i 0x0 ;;
}
{ .mmi
	st4.rel.d4 [r9]=r17
	(p36) st4.rel.d5 [r127]=r72
	nop.i 0x0 ;;
}
{ .mmi
	st4.rel.d6 [r43]=r53
	st4.rel.d7 [r97]=r108
	nop.i 0x0 ;;
}
{ .mmi
	st8.rel [r14]=r21
	(p1) st8.rel.d1 [r67]=r75
	nop.i 0x0 ;;
}
{ .mmi
	st8.rel.d2 [r48]=r57
	st8.rel.nta [r101]=r111
	nop.i 0x0 ;;
}
{ .mmi
	st8.rel.d4 [r19]=r30
	(p29) st8.rel.d5 [r71]=r78
	nop.i 0x0 ;;
}
{ .mmi
	st8.rel.d6 [r53]=r61
	st8.rel.d7 [r105]=r114
	nop.i 0x0 ;;
}
{ .mmi
	st8.spill [r24]=r34 ;;
	(p57) st8.spill.d1 [r75]=r86
	nop.i 0x0 ;;
}
{ .mmi
	st8.spill.d2 [r58]=r2 ;;
	st8.spill.nta [r109]=r117
	nop.i 0x0 ;;
}
{ .mmi
	st8.spill.d4 [r29]=r38 ;;
	(p22) st8.spill.d5 [r79]=r89
	nop.i 0x0 ;;
}
{ .mmi
	st8.spill.d6 [r63]=r11 ;;
	st8.spill.d7 [r113]=r120
	nop.i 0x0 ;;
}
// ---- M5 integer stores st [r3]=r2,imm9 -----------------------------------------------
{ .mmi
	st1 [r34]=r42,8
	(p50) st1.nta [r83]=r92,16
	nop.i 0x0 ;;
}
{ .mmi
	st2 [r5]=r15,-8
	st2.nta [r117]=r64,200
	nop.i 0x0 ;;
}
{ .mmi
	st4 [r39]=r46,-200
	(p15) st4.nta [r87]=r95,2
	nop.i 0x0 ;;
}
{ .mmi
	st8 [r10]=r19,100
	st8.nta [r121]=r67,-100
	nop.i 0x0 ;;
}
{ .mmi
	st1.rel [r44]=r55,37
	(p43) st1.rel.nta [r91]=r98,0
	nop.i 0x0 ;;
}
{ .mmi
	st2.rel [r15]=r23,1
	st2.rel.nta [r125]=r70,-1
	nop.i 0x0 ;;
}
{ .mmi
	st4.rel [r49]=r59,255
	(p8) st4.rel.nta [r95]=r106,-256
	nop.i 0x0 ;;
}
{ .mmi
	st8.rel [r20]=r27,128
	st8.rel.nta [r65]=r73,-129
	nop.i 0x0 ;;
}
{ .mmi
	st8.spill [r54]=r63,64 ;;
	(p36) st8.spill.nta [r99]=r109,-64
	nop.i 0x0 ;;
}
{ .mmi
	st8 [r0]=r0
	st4.rel.nta [r127]=r126,-256
	nop.i 0x0 ;;
}
// ---- M16 cmpxchg / xchg, cmp8xchg16 --------------------------------------------------
{ .mmi
	cmpxchg1.acq r25=[r36],r47,ar.ccv
	cmpxchg1.acq.nt1 r69=[r76],r83,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg1.acq.nta r59=[r4],r12,ar.ccv
	(p1) cmpxchg2.acq r103=[r112],r121,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg2.acq.nt1 r30=[r40],r50,ar.ccv
	cmpxchg2.acq.nta r73=[r84],r95,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg4.acq r1=[r8],r15,ar.ccv
	(p29) cmpxchg4.acq.nt1 r107=[r115],r123,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg4.acq.nta r35=[r44],r53,ar.ccv
	cmpxchg8.acq r77=[r87],r97,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg8.acq.nt1 r6=[r17],r28,ar.ccv
	(p57) cmpxchg8.acq.nta r111=[r118],r125,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg1.rel r40=[r48],r56,ar.ccv
	cmpxchg1.rel.nt1 r81=[r90],r99,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg1.rel.nta r11=[r21],r31,ar.ccv
	(p22) cmpxchg2.rel r115=[r126],r73,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg2.rel.nt1 r45=[r52],r59,ar.ccv
	cmpxchg2.rel.nta r85=[r93],r101,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg4.rel r16=[r25],r34,ar.ccv
	(p50) cmpxchg4.rel.nt1 r119=[r65],r75,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg4.rel.nta r50=[r61],r9,ar.ccv
	cmpxchg8.rel r89=[r96],r103,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	cmpxchg8.rel.nt1 r21=[r29],r37,ar.ccv
	(p15) cmpxchg8.rel.nta r123=[r68],r77,ar.ccv
	nop.i 0x0 ;;
}
{ .mmi
	xchg1 r55=[r2],r12
	xchg1.nt1 r93=[r104],r115
	nop.i 0x0 ;;
}
{ .mmi
	xchg1.nta r26=[r33],r40
	(p43) xchg2 r127=[r71],r79
	nop.i 0x0 ;;
}
{ .mmi
	xchg2.nt1 r60=[r6],r15
	xchg2.nta r97=[r107],r117
	nop.i 0x0 ;;
}
{ .mmi
	xchg4 r31=[r42],r53
	(p8) xchg4.nt1 r67=[r74],r81
	nop.i 0x0 ;;
}
{ .mmi
	xchg4.nta r2=[r10],r18
	xchg8 r101=[r110],r119
	nop.i 0x0 ;;
}
{ .mmi
	xchg8.nt1 r36=[r46],r56
	(p36) xchg8.nta r71=[r82],r93
	nop.i 0x0 ;;
}
// ---- M17 fetchadd --------------------------------------------------------------------
{ .mmi
	fetchadd4.acq r7=[r14],-16
	fetchadd4.acq r105=[r113],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq r41=[r50],-4
	(p1) fetchadd4.acq r75=[r85],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq r12=[r23],1
	fetchadd4.acq r109=[r116],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq r46=[r54],8
	(p29) fetchadd4.acq r79=[r88],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nt1 r17=[r27],-16
	fetchadd4.acq.nt1 r113=[r124],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nt1 r51=[r58],-4
	(p57) fetchadd4.acq.nt1 r83=[r91],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nt1 r22=[r31],1
	fetchadd4.acq.nt1 r117=[r127],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nt1 r56=[r4],8
	(p22) fetchadd4.acq.nt1 r87=[r94],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nta r27=[r35],-16
	fetchadd4.acq.nta r121=[r66],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nta r61=[r8],-4
	(p50) fetchadd4.acq.nta r91=[r102],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nta r32=[r39],1
	fetchadd4.acq.nta r125=[r69],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.acq.nta r3=[r12],8
	(p15) fetchadd4.acq.nta r95=[r105],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq r37=[r48],-16
	fetchadd8.acq r65=[r72],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq r8=[r16],-4
	(p43) fetchadd8.acq r99=[r108],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq r42=[r52],1
	fetchadd8.acq r69=[r80],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq r13=[r20],8
	(p8) fetchadd8.acq r103=[r111],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nt1 r47=[r56],-16
	fetchadd8.acq.nt1 r73=[r83],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nt1 r18=[r29],-4
	(p36) fetchadd8.acq.nt1 r107=[r114],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nt1 r52=[r60],1
	fetchadd8.acq.nt1 r77=[r86],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nt1 r23=[r33],8
	(p1) fetchadd8.acq.nt1 r111=[r122],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nta r57=[r1],-16
	fetchadd8.acq.nta r81=[r89],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nta r28=[r37],-4
	(p29) fetchadd8.acq.nta r115=[r125],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nta r62=[r10],1
	fetchadd8.acq.nta r85=[r92],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.acq.nta r33=[r41],8
	(p57) fetchadd8.acq.nta r119=[r64],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel r4=[r14],-16
	fetchadd4.rel r89=[r100],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel r38=[r45],-4
	(p22) fetchadd4.rel r123=[r67],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel r9=[r18],1
	fetchadd4.rel r93=[r103],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel r43=[r54],8
	(p50) fetchadd4.rel r127=[r70],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nt1 r14=[r22],-16
	fetchadd4.rel.nt1 r97=[r106],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nt1 r48=[r58],-4
	(p15) fetchadd4.rel.nt1 r67=[r78],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nt1 r19=[r26],1
	fetchadd4.rel.nt1 r101=[r109],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nt1 r53=[r62],8
	(p43) fetchadd4.rel.nt1 r71=[r81],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nta r24=[r35],-16
	fetchadd4.rel.nta r105=[r112],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nta r58=[r3],-4
	(p8) fetchadd4.rel.nta r75=[r84],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nta r29=[r39],1
	fetchadd4.rel.nta r109=[r120],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd4.rel.nta r63=[r7],8
	(p36) fetchadd4.rel.nta r79=[r87],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel r34=[r43],-16
	fetchadd8.rel r113=[r123],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel r5=[r16],-4
	(p1) fetchadd8.rel r83=[r90],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel r39=[r47],1
	fetchadd8.rel r117=[r126],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel r10=[r20],8
	(p29) fetchadd8.rel r87=[r98],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nt1 r44=[r51],-16
	fetchadd8.rel.nt1 r121=[r65],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nt1 r15=[r24],-4
	(p57) fetchadd8.rel.nt1 r91=[r101],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nt1 r49=[r60],1
	fetchadd8.rel.nt1 r125=[r68],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nt1 r20=[r28],8
	(p22) fetchadd8.rel.nt1 r95=[r104],16
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nta r54=[r1],-16
	fetchadd8.rel.nta r65=[r76],-8
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nta r25=[r32],-4
	(p50) fetchadd8.rel.nta r99=[r107],-1
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nta r59=[r5],1
	fetchadd8.rel.nta r69=[r79],4
	nop.i 0x0 ;;
}
{ .mmi
	fetchadd8.rel.nta r30=[r41],8
	(p15) fetchadd8.rel.nta r103=[r110],16
	nop.i 0x0 ;;
}
// ---- 16-byte accesses: ld16, st16, cmp8xchg16 ----------------------------------------
{ .mmi
	ld16 r1,ar.csd=[r9]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.nt1 r18,ar.csd=[r27]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.d2 r35,ar.csd=[r45]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p43) ld16.nta r52,ar.csd=[r63]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.d4 r6,ar.csd=[r13]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.d5 r23,ar.csd=[r31]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.d6 r40,ar.csd=[r49]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p8) ld16.d7 r57,ar.csd=[r4]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.acq r11,ar.csd=[r22]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.acq.nt1 r28,ar.csd=[r35]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.acq.d2 r45,ar.csd=[r53]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p36) ld16.acq.nta r62,ar.csd=[r8]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.acq.d4 r16,ar.csd=[r26]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.acq.d5 r33,ar.csd=[r44]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ld16.acq.d6 r50,ar.csd=[r57]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p1) ld16.acq.d7 r4,ar.csd=[r12]
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16 [r21]=r30,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.d1 [r38]=r48,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.d2 [r55]=r3,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p29) st16.nta [r9]=r16,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.d4 [r26]=r34,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.d5 [r43]=r52,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.d6 [r60]=r7,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p57) st16.d7 [r14]=r25,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.rel [r31]=r38,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.rel.d1 [r48]=r56,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.rel.d2 [r2]=r11,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p22) st16.rel.nta [r19]=r29,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.rel.d4 [r36]=r47,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.rel.d5 [r53]=r60,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	st16.rel.d6 [r7]=r15,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p50) st16.rel.d7 [r24]=r33,ar.csd
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	cmp8xchg16.acq r41=[r51],r61,ar.csd,ar.ccv
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	cmp8xchg16.acq.nt1 r58=[r6],r17,ar.csd,ar.ccv
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	cmp8xchg16.acq.nta r12=[r19],r26,ar.csd,ar.ccv
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	(p15) cmp8xchg16.rel r29=[r37],r45,ar.csd,ar.ccv
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	cmp8xchg16.rel.nt1 r46=[r55],r1,ar.csd,ar.ccv
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	cmp8xchg16.rel.nta r63=[r10],r20,ar.csd,ar.ccv
	nop.m 0x0
	nop.i 0x0 ;;
}
// ---- M6 FP loads ldf f1=[r3] ---------------------------------------------------------
{ .mmi
	ldfe f28=[r17]
	(p43) ldfe.nt1 f97=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.d2 f54=[r51]
	ldfe.nta f123=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.d4 f18=[r22]
	(p8) ldfe.d5 f85=[r83]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.d6 f44=[r56]
	ldfe.d7 f111=[r117]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8 f8=[r27]
	(p36) ldf8.nt1 f73=[r87]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.d2 f34=[r61]
	ldf8.nta f99=[r121]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.d4 f60=[r32]
	(p1) ldf8.d5 f125=[r91]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.d6 f24=[r3]
	ldf8.d7 f87=[r125]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs f50=[r37]
	(p29) ldfs.nt1 f113=[r95]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.d2 f14=[r8]
	ldfs.nta f75=[r65]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.d4 f40=[r42]
	(p57) ldfs.d5 f101=[r99]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.d6 f4=[r13]
	ldfs.d7 f127=[r69]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd f30=[r47]
	(p22) ldfd.nt1 f89=[r103]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.d2 f56=[r18]
	ldfd.nta f115=[r73]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.d4 f20=[r52]
	(p50) ldfd.d5 f77=[r107]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.d6 f46=[r23]
	ldfd.d7 f103=[r77]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s f10=[r57]
	(p15) ldfe.s.nt1 f65=[r111]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s.d2 f36=[r28]
	ldfe.s.nta f91=[r81]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s.d4 f62=[r62]
	(p43) ldfe.s.d5 f117=[r115]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s.d6 f26=[r33]
	ldfe.s.d7 f79=[r85]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.s f52=[r4]
	(p8) ldf8.s.nt1 f105=[r119]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.s.d2 f16=[r38]
	ldf8.s.nta f67=[r89]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.s.d4 f42=[r9]
	(p36) ldf8.s.d5 f93=[r123]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.s.d6 f6=[r43]
	ldf8.s.d7 f119=[r93]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s f32=[r14]
	(p1) ldfs.s.nt1 f81=[r127]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s.d2 f58=[r48]
	ldfs.s.nta f107=[r97]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s.d4 f22=[r19]
	(p29) ldfs.s.d5 f69=[r67]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s.d6 f48=[r53]
	ldfs.s.d7 f95=[r101]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.s f12=[r24]
	(p57) ldfd.s.nt1 f121=[r71]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.s.d2 f38=[r58]
	ldfd.s.nta f83=[r105]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.s.d4 f2=[r29]
	(p22) ldfd.s.d5 f109=[r75]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.s.d6 f28=[r63]
	ldfd.s.d7 f71=[r109]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a f54=[r34]
	(p50) ldfe.a.nt1 f97=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a.d2 f18=[r5]
	ldfe.a.nta f123=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a.d4 f44=[r39]
	(p15) ldfe.a.d5 f85=[r83]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a.d6 f8=[r10]
	ldfe.a.d7 f111=[r117]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.a f34=[r44]
	(p43) ldf8.a.nt1 f73=[r87]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.a.d2 f60=[r15]
	ldf8.a.nta f99=[r121]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.a.d4 f24=[r49]
	(p8) ldf8.a.d5 f125=[r91]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.a.d6 f50=[r20]
	ldf8.a.d7 f87=[r125]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a f14=[r54]
	(p36) ldfs.a.nt1 f113=[r95]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a.d2 f40=[r25]
	ldfs.a.nta f75=[r65]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a.d4 f4=[r59]
	(p1) ldfs.a.d5 f101=[r99]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a.d6 f30=[r30]
	ldfs.a.d7 f127=[r69]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.a f56=[r1]
	(p29) ldfd.a.nt1 f89=[r103]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.a.d2 f20=[r35]
	ldfd.a.nta f115=[r73]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.a.d4 f46=[r6]
	(p57) ldfd.a.d5 f77=[r107]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.a.d6 f10=[r40]
	ldfd.a.d7 f103=[r77]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa f36=[r11]
	(p22) ldfe.sa.nt1 f65=[r111]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa.d2 f62=[r45]
	ldfe.sa.nta f91=[r81]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa.d4 f26=[r16]
	(p50) ldfe.sa.d5 f117=[r115]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa.d6 f52=[r50]
	ldfe.sa.d7 f79=[r85]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.sa f16=[r21]
	(p15) ldf8.sa.nt1 f105=[r119]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.sa.d2 f42=[r55]
	ldf8.sa.nta f67=[r89]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.sa.d4 f6=[r26]
	(p43) ldf8.sa.d5 f93=[r123]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.sa.d6 f32=[r60]
	ldf8.sa.d7 f119=[r93]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa f58=[r31]
	(p8) ldfs.sa.nt1 f81=[r127]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa.d2 f22=[r2]
	ldfs.sa.nta f107=[r97]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa.d4 f48=[r36]
	(p36) ldfs.sa.d5 f69=[r67]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa.d6 f12=[r7]
	ldfs.sa.d7 f95=[r101]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.sa f38=[r41]
	(p1) ldfd.sa.nt1 f121=[r71]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.sa.d2 f2=[r12]
	ldfd.sa.nta f83=[r105]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.sa.d4 f28=[r46]
	(p29) ldfd.sa.d5 f109=[r75]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.sa.d6 f54=[r17]
	ldfd.sa.d7 f71=[r109]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr f18=[r51]
	(p57) ldfe.c.clr.nt1 f97=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr.d2 f44=[r22]
	ldfe.c.clr.nta f123=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr.d4 f8=[r56]
	(p22) ldfe.c.clr.d5 f85=[r83]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr.d6 f34=[r27]
	ldfe.c.clr.d7 f111=[r117]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.clr f60=[r61]
	(p50) ldf8.c.clr.nt1 f73=[r87]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.clr.d2 f24=[r32]
	ldf8.c.clr.nta f99=[r121]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.clr.d4 f50=[r3]
	(p15) ldf8.c.clr.d5 f125=[r91]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.clr.d6 f14=[r37]
	ldf8.c.clr.d7 f87=[r125]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr f40=[r8]
	(p43) ldfs.c.clr.nt1 f113=[r95]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr.d2 f4=[r42]
	ldfs.c.clr.nta f75=[r65]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr.d4 f30=[r13]
	(p8) ldfs.c.clr.d5 f101=[r99]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr.d6 f56=[r47]
	ldfs.c.clr.d7 f127=[r69]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.clr f20=[r18]
	(p36) ldfd.c.clr.nt1 f89=[r103]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.clr.d2 f46=[r52]
	ldfd.c.clr.nta f115=[r73]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.clr.d4 f10=[r23]
	(p1) ldfd.c.clr.d5 f77=[r107]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.clr.d6 f36=[r57]
	ldfd.c.clr.d7 f103=[r77]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc f62=[r28]
	(p29) ldfe.c.nc.nt1 f65=[r111]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc.d2 f26=[r62]
	ldfe.c.nc.nta f91=[r81]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc.d4 f52=[r33]
	(p57) ldfe.c.nc.d5 f117=[r115]
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc.d6 f16=[r4]
	ldfe.c.nc.d7 f79=[r85]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.nc f42=[r38]
	(p22) ldf8.c.nc.nt1 f105=[r119]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.nc.d2 f6=[r9]
	ldf8.c.nc.nta f67=[r89]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.nc.d4 f32=[r43]
	(p50) ldf8.c.nc.d5 f93=[r123]
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.nc.d6 f58=[r14]
	ldf8.c.nc.d7 f119=[r93]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc f22=[r48]
	(p15) ldfs.c.nc.nt1 f81=[r127]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc.d2 f48=[r19]
	ldfs.c.nc.nta f107=[r97]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc.d4 f12=[r53]
	(p43) ldfs.c.nc.d5 f69=[r67]
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc.d6 f38=[r24]
	ldfs.c.nc.d7 f95=[r101]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.nc f2=[r58]
	(p8) ldfd.c.nc.nt1 f121=[r71]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.nc.d2 f28=[r29]
	ldfd.c.nc.nta f83=[r105]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.nc.d4 f54=[r63]
	(p36) ldfd.c.nc.d5 f109=[r75]
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.nc.d6 f18=[r34]
	ldfd.c.nc.d7 f71=[r109]
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill f44=[r5]
	(p1) ldf.fill.nt1 f97=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill.d2 f8=[r39]
	ldf.fill.nta f123=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill.d4 f34=[r10]
	(p29) ldf.fill.d5 f85=[r83]
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill.d6 f60=[r44]
	ldf.fill.d7 f111=[r117]
	nop.i 0x0 ;;
}
// ---- M7 FP loads ldf f1=[r3],r2 ------------------------------------------------------
{ .mmi
	ldfe f24=[r15],r26
	(p57) ldfe.nt1 f73=[r87],r94
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.nta f50=[r49],r57
	ldf8 f99=[r121],r66
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.nt1 f14=[r20],r30
	(p22) ldf8.nta f125=[r91],r102
	nop.i 0x0 ;;
}
{ .mmi
	ldfs f40=[r54],r61
	ldfs.nt1 f87=[r125],r69
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.nta f4=[r25],r34
	(p50) ldfd f113=[r95],r105
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.nt1 f30=[r59],r7
	ldfd.nta f75=[r65],r72
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s f56=[r30],r38
	(p15) ldfe.s.nt1 f101=[r99],r108
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s.nta f20=[r1],r11
	ldf8.s f127=[r69],r80
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.s.nt1 f46=[r35],r42
	(p43) ldf8.s.nta f89=[r103],r111
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s f10=[r6],r15
	ldfs.s.nt1 f115=[r73],r83
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s.nta f36=[r40],r51
	(p8) ldfd.s f77=[r107],r114
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.s.nt1 f62=[r11],r19
	ldfd.s.nta f103=[r77],r86
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a f26=[r45],r55
	(p36) ldfe.a.nt1 f65=[r111],r122
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a.nta f52=[r16],r23
	ldf8.a f91=[r81],r89
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.a.nt1 f16=[r50],r59
	(p1) ldf8.a.nta f117=[r115],r125
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a f42=[r21],r32
	ldfs.a.nt1 f79=[r85],r92
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a.nta f6=[r55],r63
	(p29) ldfd.a f105=[r119],r64
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.a.nt1 f32=[r26],r36
	ldfd.a.nta f67=[r89],r100
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa f58=[r60],r4
	(p57) ldfe.sa.nt1 f93=[r123],r67
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa.nta f22=[r31],r40
	ldf8.sa f119=[r93],r103
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.sa.nt1 f48=[r2],r13
	(p22) ldf8.sa.nta f81=[r127],r70
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa f12=[r36],r44
	ldfs.sa.nt1 f107=[r97],r106
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa.nta f38=[r7],r17
	(p50) ldfd.sa f69=[r67],r78
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.sa.nt1 f2=[r41],r48
	ldfd.sa.nta f95=[r101],r109
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr f28=[r12],r21
	(p15) ldfe.c.clr.nt1 f121=[r71],r81
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr.nta f54=[r46],r57
	ldf8.c.clr f83=[r105],r112
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.clr.nt1 f18=[r17],r25
	(p43) ldf8.c.clr.nta f109=[r75],r84
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr f44=[r51],r61
	ldfs.c.clr.nt1 f71=[r109],r120
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr.nta f8=[r22],r29
	(p8) ldfd.c.clr f97=[r79],r87
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.clr.nt1 f34=[r56],r2
	ldfd.c.clr.nta f123=[r113],r123
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc f60=[r27],r38
	(p36) ldfe.c.nc.nt1 f85=[r83],r90
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc.nta f24=[r61],r6
	ldf8.c.nc f111=[r117],r126
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.nc.nt1 f50=[r32],r42
	(p1) ldf8.c.nc.nta f73=[r87],r98
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc f14=[r3],r10
	ldfs.c.nc.nt1 f99=[r121],r65
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc.nta f40=[r37],r46
	(p29) ldfd.c.nc f125=[r91],r101
	nop.i 0x0 ;;
}
{ .mmi
	ldfd.c.nc.nt1 f4=[r8],r19
	ldfd.c.nc.nta f87=[r125],r68
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill f30=[r42],r50
	(p57) ldf.fill.nt1 f113=[r95],r104
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill.nta f56=[r13],r23
	nop.m 0x0
	nop.i 0x0 ;;
}
// ---- M8 FP loads ldf f1=[r3],imm9 ----------------------------------------------------
{ .mmi
	ldfe f7=[r30],200
	ldfe.nt1 f88=[r82],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p22) ldfe.nta f33=[r1],2
	ldf8 f114=[r116],100
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.nt1 f59=[r35],-100
	ldf8.nta f76=[r86],37
	nop.i 0x0 ;;
}
{ .mmi
	(p50) ldfs f23=[r6],0
	ldfs.nt1 f102=[r120],1
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.nta f49=[r40],-1
	ldfd f64=[r90],255
	nop.i 0x0 ;;
}
{ .mmi
	(p15) ldfd.nt1 f13=[r11],-256
	ldfd.nta f90=[r124],128
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.s f39=[r45],-129
	ldfe.s.nt1 f116=[r94],64
	nop.i 0x0 ;;
}
{ .mmi
	(p43) ldfe.s.nta f3=[r16],-64
	ldf8.s f78=[r64],127
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.s.nt1 f29=[r50],-128
	ldf8.s.nta f104=[r98],8
	nop.i 0x0 ;;
}
{ .mmi
	(p8) ldfs.s f55=[r21],16
	ldfs.s.nt1 f66=[r68],-8
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.s.nta f19=[r55],200
	ldfd.s f92=[r102],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p36) ldfd.s.nt1 f45=[r26],2
	ldfd.s.nta f118=[r72],100
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.a f9=[r60],-100
	ldfe.a.nt1 f80=[r106],37
	nop.i 0x0 ;;
}
{ .mmi
	(p1) ldfe.a.nta f35=[r31],0
	ldf8.a f106=[r76],1
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.a.nt1 f61=[r2],-1
	ldf8.a.nta f68=[r110],255
	nop.i 0x0 ;;
}
{ .mmi
	(p29) ldfs.a f25=[r36],-256
	ldfs.a.nt1 f94=[r80],128
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.a.nta f51=[r7],-129
	ldfd.a f120=[r114],64
	nop.i 0x0 ;;
}
{ .mmi
	(p57) ldfd.a.nt1 f15=[r41],-64
	ldfd.a.nta f82=[r84],127
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.sa f41=[r12],-128
	ldfe.sa.nt1 f108=[r118],8
	nop.i 0x0 ;;
}
{ .mmi
	(p22) ldfe.sa.nta f5=[r46],16
	ldf8.sa f70=[r88],-8
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.sa.nt1 f31=[r17],200
	ldf8.sa.nta f96=[r122],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p50) ldfs.sa f57=[r51],2
	ldfs.sa.nt1 f122=[r92],100
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.sa.nta f21=[r22],-100
	ldfd.sa f84=[r126],37
	nop.i 0x0 ;;
}
{ .mmi
	(p15) ldfd.sa.nt1 f47=[r56],0
	ldfd.sa.nta f110=[r96],1
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.clr f11=[r27],-1
	ldfe.c.clr.nt1 f72=[r66],255
	nop.i 0x0 ;;
}
{ .mmi
	(p43) ldfe.c.clr.nta f37=[r61],-256
	ldf8.c.clr f98=[r100],128
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.clr.nt1 f63=[r32],-129
	ldf8.c.clr.nta f124=[r70],64
	nop.i 0x0 ;;
}
{ .mmi
	(p8) ldfs.c.clr f27=[r3],-64
	ldfs.c.clr.nt1 f86=[r104],127
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.clr.nta f53=[r37],-128
	ldfd.c.clr f112=[r74],8
	nop.i 0x0 ;;
}
{ .mmi
	(p36) ldfd.c.clr.nt1 f17=[r8],16
	ldfd.c.clr.nta f74=[r108],-8
	nop.i 0x0 ;;
}
{ .mmi
	ldfe.c.nc f43=[r42],200
	ldfe.c.nc.nt1 f100=[r78],-200
	nop.i 0x0 ;;
}
{ .mmi
	(p1) ldfe.c.nc.nta f7=[r13],2
	ldf8.c.nc f126=[r112],100
	nop.i 0x0 ;;
}
{ .mmi
	ldf8.c.nc.nt1 f33=[r47],-100
	ldf8.c.nc.nta f88=[r82],37
	nop.i 0x0 ;;
}
{ .mmi
	(p29) ldfs.c.nc f59=[r18],0
	ldfs.c.nc.nt1 f114=[r116],1
	nop.i 0x0 ;;
}
{ .mmi
	ldfs.c.nc.nta f23=[r52],-1
	ldfd.c.nc f76=[r86],255
	nop.i 0x0 ;;
}
{ .mmi
	(p57) ldfd.c.nc.nt1 f49=[r23],-256
	ldfd.c.nc.nta f102=[r120],128
	nop.i 0x0 ;;
}
{ .mmi
	ldf.fill f13=[r57],-129
	ldf.fill.nt1 f64=[r90],64
	nop.i 0x0 ;;
}
{ .mmi
	(p22) ldf.fill.nta f39=[r28],-64
	nop.m 0x0
	nop.i 0x0 ;;
}
{ .mmi
	ldfe f2=[r0]
	ldfd.nta f127=[r127],r0
	nop.i 0x0 ;;
}
// ---- M9 FP stores stf [r3]=f2 --------------------------------------------------------
{ .mmi
	stfe [r45]=f52
	stfe.d1 [r77]=f103
	nop.i 0x0 ;;
}
{ .mmi
	stfe.d2 [r16]=f16
	(p50) stfe.nta [r111]=f65
	nop.i 0x0 ;;
}
{ .mmi
	stfe.d4 [r50]=f42
	stfe.d5 [r81]=f91
	nop.i 0x0 ;;
}
{ .mmi
	stfe.d6 [r21]=f6
	(p15) stfe.d7 [r115]=f117
	nop.i 0x0 ;;
}
{ .mmi
	stf8 [r55]=f32
	stf8.d1 [r85]=f79
	nop.i 0x0 ;;
}
{ .mmi
	stf8.d2 [r26]=f58
	(p43) stf8.nta [r119]=f105
	nop.i 0x0 ;;
}
{ .mmi
	stf8.d4 [r60]=f22
	stf8.d5 [r89]=f67
	nop.i 0x0 ;;
}
{ .mmi
	stf8.d6 [r31]=f48
	(p8) stf8.d7 [r123]=f93
	nop.i 0x0 ;;
}
{ .mmi
	stfs [r2]=f12
	stfs.d1 [r93]=f119
	nop.i 0x0 ;;
}
{ .mmi
	stfs.d2 [r36]=f38
	(p36) stfs.nta [r127]=f81
	nop.i 0x0 ;;
}
{ .mmi
	stfs.d4 [r7]=f2
	stfs.d5 [r97]=f107
	nop.i 0x0 ;;
}
{ .mmi
	stfs.d6 [r41]=f28
	(p1) stfs.d7 [r67]=f69
	nop.i 0x0 ;;
}
{ .mmi
	stfd [r12]=f54
	stfd.d1 [r101]=f95
	nop.i 0x0 ;;
}
{ .mmi
	stfd.d2 [r46]=f18
	(p29) stfd.nta [r71]=f121
	nop.i 0x0 ;;
}
{ .mmi
	stfd.d4 [r17]=f44
	stfd.d5 [r105]=f83
	nop.i 0x0 ;;
}
{ .mmi
	stfd.d6 [r51]=f8
	(p57) stfd.d7 [r75]=f109
	nop.i 0x0 ;;
}
{ .mmi
	stf.spill [r22]=f34 ;;
	stf.spill.d1 [r109]=f71
	nop.i 0x0 ;;
}
{ .mmi
	stf.spill.d2 [r56]=f60 ;;
	(p22) stf.spill.nta [r79]=f97
	nop.i 0x0 ;;
}
{ .mmi
	stf.spill.d4 [r27]=f24 ;;
	stf.spill.d5 [r113]=f123
	nop.i 0x0 ;;
}
{ .mmi
	stf.spill.d6 [r61]=f50 ;;
	(p50) stf.spill.d7 [r83]=f85
	nop.i 0x0 ;;
}
// ---- M10 FP stores stf [r3]=f2,imm9 --------------------------------------------------
{ .mmi
	stfe [r32]=f14,127
	stfe.nta [r117]=f111,-128
	nop.i 0x0 ;;
}
{ .mmi
	stf8 [r3]=f40,8
	(p15) stf8.nta [r87]=f73,16
	nop.i 0x0 ;;
}
{ .mmi
	stfs [r37]=f4,-8
	stfs.nta [r121]=f99,200
	nop.i 0x0 ;;
}
{ .mmi
	stfd [r8]=f30,-200
	(p43) stfd.nta [r91]=f125,2
	nop.i 0x0 ;;
}
{ .mmi
	stf.spill [r42]=f56,100 ;;
	stf.spill.nta [r125]=f87,-100
	nop.i 0x0 ;;
}
{ .mmi
	stfs [r0]=f0
	stf.spill.nta [r127]=f127,255
	nop.i 0x0 ;;
}
// ---- M11 FP load pairs ldfp f1,f2=[r3] -----------------------------------------------
{ .mmi
	ldfp8 f24,f23=[r13]
	(p8) ldfp8.nt1 f40,f41=[r95]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.nta f10,f9=[r47]
	ldfps f62,f63=[r65]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.nt1 f26,f23=[r18]
	(p36) ldfps.nta f84,f85=[r99]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd f14,f9=[r52]
	ldfpd.nt1 f106,f109=[r69]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.nta f28,f23=[r23]
	(p1) ldfp8.s f34,f37=[r103]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.s.nt1 f10,f9=[r57]
	ldfp8.s.nta f56,f61=[r73]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.s f26,f23=[r28]
	(p29) ldfps.s.nt1 f78,f83=[r107]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.s.nta f12,f9=[r62]
	ldfpd.s f100,f105=[r77]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.s.nt1 f28,f23=[r33]
	(p57) ldfpd.s.nta f122,f115=[r111]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.a f10,f9=[r4]
	ldfp8.a.nt1 f50,f57=[r81]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.a.nta f24,f23=[r38]
	(p22) ldfps.a f72,f73=[r115]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.a.nt1 f12,f9=[r9]
	ldfps.a.nta f94,f95=[r85]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.a f28,f23=[r43]
	(p50) ldfpd.a.nt1 f116,f117=[r119]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.a.nta f14,f9=[r14]
	ldfp8.sa f44,f47=[r89]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.sa.nt1 f24,f23=[r48]
	(p15) ldfp8.sa.nta f66,f69=[r123]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.sa f12,f9=[r19]
	ldfps.sa.nt1 f88,f93=[r93]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.sa.nta f26,f23=[r53]
	(p43) ldfpd.sa f110,f115=[r127]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.sa.nt1 f14,f9=[r24]
	ldfpd.sa.nta f38,f43=[r97]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.c.clr f24,f23=[r58]
	(p8) ldfp8.c.clr.nt1 f60,f67=[r67]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.c.clr.nta f10,f9=[r29]
	ldfps.c.clr f82,f89=[r101]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.c.clr.nt1 f26,f23=[r63]
	(p36) ldfps.c.clr.nta f104,f105=[r71]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.c.clr f14,f9=[r34]
	ldfpd.c.clr.nt1 f32,f33=[r105]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.c.clr.nta f28,f23=[r5]
	(p1) ldfp8.c.nc f54,f55=[r75]
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.c.nc.nt1 f10,f9=[r39]
	ldfp8.c.nc.nta f76,f79=[r109]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.c.nc f26,f23=[r10]
	(p29) ldfps.c.nc.nt1 f98,f101=[r79]
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.c.nc.nta f12,f9=[r44]
	ldfpd.c.nc f120,f125=[r113]
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.c.nc.nt1 f28,f23=[r15]
	(p57) ldfpd.c.nc.nta f48,f53=[r83]
	nop.i 0x0 ;;
}
// ---- M12 FP load pairs ldfp f1,f2=[r3],8|16 ------------------------------------------
{ .mmi
	ldfp8 f10,f9=[r49],16
	ldfp8.nt1 f70,f75=[r117],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.nta f24,f23=[r20],16
	(p22) ldfps f92,f99=[r87],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.nt1 f12,f9=[r54],8
	ldfps.nta f114,f121=[r121],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd f28,f23=[r25],16
	(p50) ldfpd.nt1 f42,f43=[r91],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.nta f14,f9=[r59],16
	ldfp8.s f64,f65=[r125],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.s.nt1 f24,f23=[r30],16
	(p15) ldfp8.s.nta f86,f87=[r95],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.s f12,f9=[r1],8
	ldfps.s.nt1 f108,f111=[r65],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.s.nta f26,f23=[r35],8
	(p43) ldfpd.s f36,f39=[r99],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.s.nt1 f14,f9=[r6],16
	ldfpd.s.nta f58,f63=[r69],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.a f24,f23=[r40],16
	(p8) ldfp8.a.nt1 f80,f85=[r103],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.a.nta f10,f9=[r11],16
	ldfps.a f102,f107=[r73],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.a.nt1 f26,f23=[r45],8
	(p36) ldfps.a.nta f124,f117=[r107],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.a f14,f9=[r16],16
	ldfpd.a.nt1 f52,f59=[r77],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.a.nta f28,f23=[r50],16
	(p1) ldfp8.sa f74,f75=[r111],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.sa.nt1 f10,f9=[r21],16
	ldfp8.sa.nta f96,f97=[r81],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.sa f26,f23=[r55],8
	(p29) ldfps.sa.nt1 f118,f119=[r115],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.sa.nta f12,f9=[r26],8
	ldfpd.sa f46,f49=[r85],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.sa.nt1 f28,f23=[r60],16
	(p57) ldfpd.sa.nta f68,f71=[r119],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.c.clr f10,f9=[r31],16
	ldfp8.c.clr.nt1 f90,f95=[r89],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.c.clr.nta f24,f23=[r2],16
	(p22) ldfps.c.clr f112,f117=[r123],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.c.clr.nt1 f12,f9=[r36],8
	ldfps.c.clr.nta f40,f45=[r93],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.c.clr f28,f23=[r7],16
	(p50) ldfpd.c.clr.nt1 f62,f69=[r127],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.c.clr.nta f14,f9=[r41],16
	ldfp8.c.nc f84,f91=[r97],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfp8.c.nc.nt1 f24,f23=[r12],16
	(p15) ldfp8.c.nc.nta f106,f107=[r67],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.c.nc f12,f9=[r46],8
	ldfps.c.nc.nt1 f34,f35=[r101],8
	nop.i 0x0 ;;
}
{ .mmi
	ldfps.c.nc.nta f26,f23=[r17],8
	(p43) ldfpd.c.nc f56,f57=[r71],16
	nop.i 0x0 ;;
}
{ .mmi
	ldfpd.c.nc.nt1 f14,f9=[r51],16
	ldfpd.c.nc.nta f78,f81=[r105],16
	nop.i 0x0 ;;
}
// ---- M13 lfetch [r3], lfetch.count ---------------------------------------------------
{ .mmi
	lfetch [r22]
	(p8) lfetch.nt1 [r75]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.nt2 [r56]
	lfetch.nta [r109]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.d4 [r27]
	(p36) lfetch.d5 [r79]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.d6 [r61]
	lfetch.d7 [r113]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl [r32]
	(p1) lfetch.excl.nt1 [r83]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.nt2 [r3]
	lfetch.excl.nta [r117]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.d4 [r37]
	(p29) lfetch.excl.d5 [r87]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.d6 [r8]
	lfetch.excl.d7 [r121]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault [r42]
	(p57) lfetch.fault.nt1 [r91]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.nt2 [r13]
	lfetch.fault.nta [r125]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.d4 [r47]
	(p22) lfetch.fault.d5 [r95]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.d6 [r18]
	lfetch.fault.d7 [r65]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl [r52]
	(p50) lfetch.fault.excl.nt1 [r99]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.nt2 [r23]
	lfetch.fault.excl.nta [r69]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.d4 [r57]
	(p15) lfetch.fault.excl.d5 [r103]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.d6 [r28]
	lfetch.fault.excl.d7 [r73]
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.count [r62],1,0
	(p43) lfetch.count.nt1 [r107],64,-1024
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.count.nt2 [r33],5,960
	lfetch.count.nta [r77],33,64
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.count.d4 [r4],17,-64
	(p8) lfetch.count.d5 [r111],2,512
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.count.d6 [r38],48,-512
	lfetch.count.d7 [r81],9,128
	nop.i 0x0 ;;
}
// ---- M14 lfetch [r3],r2 --------------------------------------------------------------
{ .mmi
	lfetch [r9],r18
	(p36) lfetch.nt1 [r115],r125
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.nt2 [r43],r54
	lfetch.nta [r85],r92
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.d4 [r14],r22
	(p1) lfetch.d5 [r119],r64
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.d6 [r48],r58
	lfetch.d7 [r89],r100
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl [r19],r26
	(p29) lfetch.excl.nt1 [r123],r67
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.nt2 [r53],r62
	lfetch.excl.nta [r93],r103
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.d4 [r24],r35
	(p57) lfetch.excl.d5 [r127],r70
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.d6 [r58],r3
	lfetch.excl.d7 [r97],r106
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault [r29],r39
	(p22) lfetch.fault.nt1 [r67],r78
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.nt2 [r63],r7
	lfetch.fault.nta [r101],r109
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.d4 [r34],r43
	(p50) lfetch.fault.d5 [r71],r81
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.d6 [r5],r16
	lfetch.fault.d7 [r105],r112
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl [r39],r47
	(p15) lfetch.fault.excl.nt1 [r75],r84
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.nt2 [r10],r20
	lfetch.fault.excl.nta [r109],r120
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.d4 [r44],r51
	(p43) lfetch.fault.excl.d5 [r79],r87
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.d6 [r15],r24
	lfetch.fault.excl.d7 [r113],r123
	nop.i 0x0 ;;
}
// ---- M15 lfetch [r3],imm9 ------------------------------------------------------------
{ .mmi
	lfetch [r49],37
	(p8) lfetch.nt1 [r83],0
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.nt2 [r20],1
	lfetch.nta [r117],-1
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.d4 [r54],255
	(p36) lfetch.d5 [r87],-256
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.d6 [r25],128
	lfetch.d7 [r121],-129
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl [r59],64
	(p1) lfetch.excl.nt1 [r91],-64
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.nt2 [r30],127
	lfetch.excl.nta [r125],-128
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.d4 [r1],8
	(p29) lfetch.excl.d5 [r95],16
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.excl.d6 [r35],-8
	lfetch.excl.d7 [r65],200
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault [r6],-200
	(p57) lfetch.fault.nt1 [r99],2
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.nt2 [r40],100
	lfetch.fault.nta [r69],-100
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.d4 [r11],37
	(p22) lfetch.fault.d5 [r103],0
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.d6 [r45],1
	lfetch.fault.d7 [r73],-1
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl [r16],255
	(p50) lfetch.fault.excl.nt1 [r107],-256
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.nt2 [r50],128
	lfetch.fault.excl.nta [r77],-129
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.d4 [r21],64
	(p15) lfetch.fault.excl.d5 [r111],-64
	nop.i 0x0 ;;
}
{ .mmi
	lfetch.fault.excl.d6 [r55],127
	lfetch.fault.excl.d7 [r81],-128
	nop.i 0x0 ;;
}
// ---- raw bundles --------------------------------------------------------------------
	// ld8 r5=[r6] with r2 bits 18:13 set (ignored)
	data8 0x000010180cfc2809, 0x0004000000000200
	// ld4.c.clr.acq.d7 r5=[r6] with bits 18:13 set (ignored)
	data8 0x000011560dfc2809, 0x0004000000000200
	// ldfd.s.d5 f5=[r6] with bits 18:13 set (ignored)
	data8 0x0000183a0dfc2809, 0x0004000000000200
	// ld16.acq.d6 r5,ar.csd=[r6] with bits 18:13 set (ignored)
	data8 0x000011650dfc2809, 0x0004000000000200
	// st8 [r6]=r7 with r1 bits 11:6 set (ignored)
	data8 0x000011980c1df809, 0x0004000000000200
	// st2.rel.d5 [r6]=r7 with bits 11:6 set (ignored)
	data8 0x000011aa0c1ff809, 0x0004000000000200
	// stf.spill.d6 [r6]=f7 with bits 11:6 set (ignored)
	data8 0x000019dc0c1ff809, 0x0004000000000200
	// st16.rel.d7 [r6]=r7,ar.csd with bits 11:6 set (ignored)
	data8 0x000011a70c1ff809, 0x0004000000000200
	// fetchadd8.rel r5=[r6],-1 with bits 19:16 set (ignored)
	data8 0x000010b90dfc2809, 0x0004000000000200
	// fetchadd4.acq.nta r5=[r6],16 with bits 19:16 set (ignored)
	data8 0x000010970de02809, 0x0004000000000200
	// lfetch.nt2 [r6] with bits 18:13 and 11:6 set (ignored)
	data8 0x000019640cfdf809, 0x0004000000000200
	// lfetch.excl.d7 [r6] with bit 19 and bits 18:13, 11:6 set (ignored: no count form)
	data8 0x0000196e0dfff809, 0x0004000000000200
	// lfetch.fault.d4 [r6] with bit 19 set (ignored)
	data8 0x000019700d020009, 0x0004000000000200
	// lfetch.fault.excl [r6] with bit 19 set (ignored)
	data8 0x000019780d000009, 0x0004000000000200
	// lfetch.count [r6],64,-64 with bit 18 set (ignored)
	data8 0x000019600dfdf809, 0x0004000000000200
	// lfetch.fault.d5 [r6],r7 with bits 11:6 set (ignored)
	data8 0x00001b720c1ff809, 0x0004000000000200
	// lfetch.excl.nta [r6],-1 with bits 11:6 set (ignored)
	data8 0x00001f6f0dfdf809, 0x0004000000000200
	// ld8 r5=[r6],r7 with hint 2 (reserved)
	data8 0x0000121c0c1c2809, 0x0004000000000200
	// ld1.s r5=[r6],1 with hint 2 (reserved)
	data8 0x000014240c042809, 0x0004000000000200
	// st4 [r6]=r7,1 with hint 1 (reserved)
	data8 0x000015920c1c0809, 0x0004000000000200
	// st8.spill [r6]=r7,-1 with hint 2 (reserved)
	data8 0x000017dd0c1ff809, 0x0004000000000200
	// cmpxchg4.rel r5=[r6],r7,ar.ccv with hint 2 (reserved)
	data8 0x000010350c1c2809, 0x0004000000000200
	// xchg8 r5=[r6],r7 with hint 2 (reserved)
	data8 0x0000105d0c1c2809, 0x0004000000000200
	// fetchadd4.rel r5=[r6],1 with hint 2 (reserved)
	data8 0x000010b50c0c2809, 0x0004000000000200
	// cmp8xchg16.rel with hint 2 (reserved)
	data8 0x000011250c1c2809, 0x0004000000000200
	// ldfs f5=[r6],r7 with hint 2 (reserved)
	data8 0x00001a140c1c2809, 0x0004000000000200
	// ldf.fill f5=[r6],1 with hint 2 (reserved)
	data8 0x00001cdc0c042809, 0x0004000000000200
	// stfd [r6]=f7,1 with hint 1 (reserved)
	data8 0x00001d9a0c1c0809, 0x0004000000000200
	// stfe [r6]=f7,-1 with hint 2 (reserved)
	data8 0x00001f850c1ff809, 0x0004000000000200
	// ldfpd f5,f6=[r7] with hint 2 (reserved)
	data8 0x0000181d0e182809, 0x0004000000000200
	// ldfps.c.nc f5,f6=[r7],8 with hint 2 (reserved)
	data8 0x00001b350e182809, 0x0004000000000200
	// integer load x6 0x18 (reserved)
	data8 0x000010c00c1c2809, 0x0004000000000200
	// integer load x6 0x1a (reserved)
	data8 0x000010d00c1c2809, 0x0004000000000200
	// integer load x6 0x2c (reserved)
	data8 0x000011600c1c2809, 0x0004000000000200
	// integer store x6 0x38 (reserved)
	data8 0x000011c00c1c2809, 0x0004000000000200
	// integer store x6 0x3f (reserved)
	data8 0x000011f80c1c2809, 0x0004000000000200
	// st with register post-increment (x6 0x30) (reserved)
	data8 0x000013800c1c2809, 0x0004000000000200
	// st8.spill with register post-increment (x6 0x3b) (reserved)
	data8 0x000013d80c1c2809, 0x0004000000000200
	// semaphore x6 0x0c (reserved)
	data8 0x000010610c1c2809, 0x0004000000000200
	// fetchadd x6 0x10 (fetchadd1) (reserved)
	data8 0x000010810c1c2809, 0x0004000000000200
	// cmp8xchg16 x6 0x21 (reserved)
	data8 0x000011090c1c2809, 0x0004000000000200
	// ld16 x6 0x29 (reserved)
	data8 0x000011490c1c2809, 0x0004000000000200
	// st16 x6 0x31 (reserved)
	data8 0x000011890c1c2809, 0x0004000000000200
	// opcode 4 m=1 x=1 (reserved)
	data8 0x000012190c1c2809, 0x0004000000000200
	// imm9 load x6 0x18 (reserved)
	data8 0x000014c00c1c2809, 0x0004000000000200
	// imm9 load x6 0x2c (reserved)
	data8 0x000015600c1c2809, 0x0004000000000200
	// imm9 store x6 0x38 (reserved)
	data8 0x000017c10c1c2809, 0x0004000000000200
	// FP load x6 0x10 (no .bias) (reserved)
	data8 0x000018800c1c2809, 0x0004000000000200
	// FP load x6 0x14 (no .acq) (reserved)
	data8 0x000018a00c1c2809, 0x0004000000000200
	// FP load x6 0x28 (no .c.clr.acq) (reserved)
	data8 0x000019400c1c2809, 0x0004000000000200
	// FP store x6 0x34 (no .rel) (reserved)
	data8 0x000019a00c1c2809, 0x0004000000000200
	// FP store with register post-increment (reserved)
	data8 0x00001b800c1c2809, 0x0004000000000200
	// ldfp x6 0x00 (no ldfpe) (reserved)
	data8 0x000018010c1c2809, 0x0004000000000200
	// ldfp x6 0x04 (reserved)
	data8 0x00001a210c1c2809, 0x0004000000000200
	// ldfp x6 0x2c (reserved)
	data8 0x000019610c1c2809, 0x0004000000000200
	// opcode 6 m=1 x=1 x6 0x1c (reserved)
	data8 0x00001ae10c1c2809, 0x0004000000000200
	// imm9 FP load x6 0x10 (reserved)
	data8 0x00001c800c1c2809, 0x0004000000000200
	// imm9 FP store x6 0x3f (reserved)
	data8 0x00001ff90c1c2809, 0x0004000000000200
