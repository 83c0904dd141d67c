// A-unit (A-type integer ALU) test vectors: every format A1-A10, every
// instruction and completer value, and the pseudo-op spellings objdump prints
// (mov r1=r3, mov r1=imm22, canonical compare relations).
// Check: tools/isa-check.sh tests/PatchVmm.Ia64.Tests/Vectors/a.s

	.text

// A1: integer ALU, register-register
{ .mii
	add r32=r2,r3
	add r33=r2,r3,1
	sub r34=r2,r3
	;;
}
{ .mmi
	sub r35=r2,r3,1
	addp4 r36=r2,r3
	and r37=r2,r3
	;;
}
{ .mii
	andcm r38=r2,r3
	or r39=r2,r3
	xor r40=r2,r3
	;;
}
{ .mmi
	add r1=r0,r127
	sub r127=r127,r0,1
	xor r126=r31,r30
	;;
}
{ .mii
	add r44=r127,r126,1
	add r31=r0,r0
	add r30=r0,r0
	;;
}

// A2: shift left and add, every count
{ .mmi
	shladd r45=r2,1,r3
	shladdp4 r46=r4,1,r5
	shladd r47=r2,2,r3
	;;
}
{ .mii
	shladdp4 r48=r4,2,r5
	shladd r49=r2,3,r3
	shladdp4 r50=r4,3,r5
	;;
}
{ .mmi
	shladd r51=r2,4,r3
	shladdp4 r52=r4,4,r5
	add r31=r0,r0
	;;
}

// A3: integer ALU, imm8-register (imm8 -128..127)
{ .mii
	sub r53=0,r3
	and r54=0,r3
	andcm r55=0,r3
	;;
}
{ .mmi
	or r56=0,r3
	xor r57=0,r3
	sub r58=1,r3
	;;
}
{ .mii
	and r59=1,r3
	andcm r60=1,r3
	or r61=1,r3
	;;
}
{ .mmi
	xor r62=1,r3
	sub r63=127,r3
	and r64=127,r3
	;;
}
{ .mii
	andcm r65=127,r3
	or r66=127,r3
	xor r67=127,r3
	;;
}
{ .mmi
	sub r68=-1,r3
	and r69=-1,r3
	andcm r70=-1,r3
	;;
}
{ .mii
	or r71=-1,r3
	xor r72=-1,r3
	sub r73=-128,r3
	;;
}
{ .mmi
	and r74=-128,r3
	andcm r75=-128,r3
	or r76=-128,r3
	;;
}
{ .mii
	xor r77=-128,r3
	sub r78=42,r3
	and r79=42,r3
	;;
}
{ .mmi
	andcm r80=42,r3
	or r81=42,r3
	xor r82=42,r3
	;;
}

// A4: add imm14 (-8192..8191); adds r1=0,r3 prints as mov r1=r3
{ .mii
	adds r83=1,r3
	addp4 r84=1,r4
	adds r85=-1,r3
	;;
}
{ .mmi
	addp4 r86=-1,r4
	adds r87=8191,r3
	addp4 r88=8191,r4
	;;
}
{ .mii
	adds r89=-8192,r3
	addp4 r90=-8192,r4
	adds r91=127,r3
	;;
}
{ .mmi
	addp4 r92=127,r4
	adds r93=128,r3
	addp4 r94=128,r4
	;;
}
{ .mii
	adds r95=-129,r3
	addp4 r96=-129,r4
	adds r97=4096,r3
	;;
}
{ .mmi
	addp4 r98=4096,r4
	adds r99=1000,r3
	addp4 r100=1000,r4
	;;
}
{ .mii
	adds r101=0,r3
	mov r102=r9
	mov r127=r0
	;;
}
{ .mmi
	mov r1=r127
	adds r105=5,r0
	addp4 r106=0,r5
	;;
}
{ .mii
	addp4 r107=0,r0
	add r31=r0,r0
	add r30=r0,r0
	;;
}

// A5: add imm22 (-2097152..2097151), base r0..r3; addl r1=imm,r0 prints as mov r1=imm
{ .mmi
	addl r108=1,r1
	addl r109=1,r2
	addl r110=1,r3
	;;
}
{ .mii
	addl r111=-1,r1
	addl r112=-1,r2
	addl r113=-1,r3
	;;
}
{ .mmi
	addl r114=2097151,r1
	addl r115=2097151,r2
	addl r116=2097151,r3
	;;
}
{ .mii
	addl r117=-2097152,r1
	addl r118=-2097152,r2
	addl r119=-2097152,r3
	;;
}
{ .mmi
	addl r120=65536,r1
	addl r121=65536,r2
	addl r122=65536,r3
	;;
}
{ .mii
	addl r123=-65536,r1
	addl r124=-65536,r2
	addl r125=-65536,r3
	;;
}
{ .mmi
	addl r126=128,r1
	addl r32=128,r2
	addl r33=128,r3
	;;
}
{ .mii
	addl r34=8192,r1
	addl r35=8192,r2
	addl r36=8192,r3
	;;
}
{ .mmi
	addl r37=74565,r1
	addl r38=74565,r2
	addl r39=74565,r3
	;;
}
{ .mii
	mov r40=0
	mov r41=1
	mov r42=-1
	;;
}
{ .mmi
	mov r43=2097151
	mov r44=-2097152
	mov r45=8192
	;;
}
{ .mii
	mov r46=-8193
	mov r47=1000000
	addl r48=77,r0
	;;
}

// A6: integer compare, register-register, every relation (incl. pseudo-op relations)
{ .mmi
	cmp.eq p1,p2=r2,r3
	cmp.eq.unc p3,p4=r4,r5
	cmp.ne p5,p6=r2,r3
	;;
}
{ .mii
	cmp.ne.unc p7,p8=r4,r5
	cmp.lt p9,p10=r2,r3
	cmp.lt.unc p11,p12=r4,r5
	;;
}
{ .mmi
	cmp.le p13,p14=r2,r3
	cmp.le.unc p15,p16=r4,r5
	cmp.gt p17,p18=r2,r3
	;;
}
{ .mii
	cmp.gt.unc p19,p20=r4,r5
	cmp.ge p21,p22=r2,r3
	cmp.ge.unc p23,p24=r4,r5
	;;
}
{ .mmi
	cmp.ltu p25,p26=r2,r3
	cmp.ltu.unc p27,p28=r4,r5
	cmp.leu p29,p30=r2,r3
	;;
}
{ .mii
	cmp.leu.unc p31,p32=r4,r5
	cmp.gtu p33,p34=r2,r3
	cmp.gtu.unc p35,p36=r4,r5
	;;
}
{ .mmi
	cmp.geu p37,p38=r2,r3
	cmp.geu.unc p39,p40=r4,r5
	cmp.eq.and p41,p42=r6,r7
	;;
}
{ .mii
	cmp.eq.or p43,p44=r6,r7
	cmp.eq.or.andcm p45,p46=r6,r7
	cmp.eq.andcm p47,p48=r6,r7
	;;
}
{ .mmi
	cmp.eq.orcm p49,p50=r6,r7
	cmp.eq.and.orcm p51,p52=r6,r7
	cmp.ne.and p53,p54=r6,r7
	;;
}
{ .mii
	cmp.ne.or p55,p56=r6,r7
	cmp.ne.or.andcm p57,p58=r6,r7
	cmp.ne.andcm p59,p60=r6,r7
	;;
}
{ .mmi
	cmp.ne.orcm p61,p62=r6,r7
	cmp.ne.and.orcm p1,p2=r6,r7
	cmp4.eq p3,p4=r2,r3
	;;
}
{ .mii
	cmp4.eq.unc p5,p6=r4,r5
	cmp4.ne p7,p8=r2,r3
	cmp4.ne.unc p9,p10=r4,r5
	;;
}
{ .mmi
	cmp4.lt p11,p12=r2,r3
	cmp4.lt.unc p13,p14=r4,r5
	cmp4.le p15,p16=r2,r3
	;;
}
{ .mii
	cmp4.le.unc p17,p18=r4,r5
	cmp4.gt p19,p20=r2,r3
	cmp4.gt.unc p21,p22=r4,r5
	;;
}
{ .mmi
	cmp4.ge p23,p24=r2,r3
	cmp4.ge.unc p25,p26=r4,r5
	cmp4.ltu p27,p28=r2,r3
	;;
}
{ .mii
	cmp4.ltu.unc p29,p30=r4,r5
	cmp4.leu p31,p32=r2,r3
	cmp4.leu.unc p33,p34=r4,r5
	;;
}
{ .mmi
	cmp4.gtu p35,p36=r2,r3
	cmp4.gtu.unc p37,p38=r4,r5
	cmp4.geu p39,p40=r2,r3
	;;
}
{ .mii
	cmp4.geu.unc p41,p42=r4,r5
	cmp4.eq.and p43,p44=r6,r7
	cmp4.eq.or p45,p46=r6,r7
	;;
}
{ .mmi
	cmp4.eq.or.andcm p47,p48=r6,r7
	cmp4.eq.andcm p49,p50=r6,r7
	cmp4.eq.orcm p51,p52=r6,r7
	;;
}
{ .mii
	cmp4.eq.and.orcm p53,p54=r6,r7
	cmp4.ne.and p55,p56=r6,r7
	cmp4.ne.or p57,p58=r6,r7
	;;
}
{ .mmi
	cmp4.ne.or.andcm p59,p60=r6,r7
	cmp4.ne.andcm p61,p62=r6,r7
	cmp4.ne.orcm p1,p2=r6,r7
	;;
}
{ .mii
	cmp4.ne.and.orcm p3,p4=r6,r7
	add r31=r0,r0
	add r30=r0,r0
	;;
}

// A7: integer compare to zero (r0 first), every relation
{ .mmi
	cmp.lt.and p5,p6=r0,r8
	cmp.lt.or p7,p8=r0,r8
	cmp.lt.or.andcm p9,p10=r0,r8
	;;
}
{ .mii
	cmp.lt.andcm p11,p12=r0,r8
	cmp.lt.orcm p13,p14=r0,r8
	cmp.lt.and.orcm p15,p16=r0,r8
	;;
}
{ .mmi
	cmp.le.and p17,p18=r0,r8
	cmp.le.or p19,p20=r0,r8
	cmp.le.or.andcm p21,p22=r0,r8
	;;
}
{ .mii
	cmp.le.andcm p23,p24=r0,r8
	cmp.le.orcm p25,p26=r0,r8
	cmp.le.and.orcm p27,p28=r0,r8
	;;
}
{ .mmi
	cmp.gt.and p29,p30=r0,r8
	cmp.gt.or p31,p32=r0,r8
	cmp.gt.or.andcm p33,p34=r0,r8
	;;
}
{ .mii
	cmp.gt.andcm p35,p36=r0,r8
	cmp.gt.orcm p37,p38=r0,r8
	cmp.gt.and.orcm p39,p40=r0,r8
	;;
}
{ .mmi
	cmp.ge.and p41,p42=r0,r8
	cmp.ge.or p43,p44=r0,r8
	cmp.ge.or.andcm p45,p46=r0,r8
	;;
}
{ .mii
	cmp.ge.andcm p47,p48=r0,r8
	cmp.ge.orcm p49,p50=r0,r8
	cmp.ge.and.orcm p51,p52=r0,r8
	;;
}
{ .mmi
	cmp.eq.and p53,p54=r0,r9
	cmp.ne.or p55,p56=r0,r10
	cmp4.lt.and p57,p58=r0,r8
	;;
}
{ .mii
	cmp4.lt.or p59,p60=r0,r8
	cmp4.lt.or.andcm p61,p62=r0,r8
	cmp4.lt.andcm p1,p2=r0,r8
	;;
}
{ .mmi
	cmp4.lt.orcm p3,p4=r0,r8
	cmp4.lt.and.orcm p5,p6=r0,r8
	cmp4.le.and p7,p8=r0,r8
	;;
}
{ .mii
	cmp4.le.or p9,p10=r0,r8
	cmp4.le.or.andcm p11,p12=r0,r8
	cmp4.le.andcm p13,p14=r0,r8
	;;
}
{ .mmi
	cmp4.le.orcm p15,p16=r0,r8
	cmp4.le.and.orcm p17,p18=r0,r8
	cmp4.gt.and p19,p20=r0,r8
	;;
}
{ .mii
	cmp4.gt.or p21,p22=r0,r8
	cmp4.gt.or.andcm p23,p24=r0,r8
	cmp4.gt.andcm p25,p26=r0,r8
	;;
}
{ .mmi
	cmp4.gt.orcm p27,p28=r0,r8
	cmp4.gt.and.orcm p29,p30=r0,r8
	cmp4.ge.and p31,p32=r0,r8
	;;
}
{ .mii
	cmp4.ge.or p33,p34=r0,r8
	cmp4.ge.or.andcm p35,p36=r0,r8
	cmp4.ge.andcm p37,p38=r0,r8
	;;
}
{ .mmi
	cmp4.ge.orcm p39,p40=r0,r8
	cmp4.ge.and.orcm p41,p42=r0,r8
	cmp4.eq.and p43,p44=r0,r9
	;;
}
{ .mii
	cmp4.ne.or p45,p46=r0,r10
	add r31=r0,r0
	add r30=r0,r0
	;;
}

// A8: integer compare, imm8-register, every relation (incl. pseudo-op relations)
{ .mmi
	cmp.eq p47,p48=5,r3
	cmp.eq p49,p50=-1,r3
	cmp.eq p51,p52=127,r3
	;;
}
{ .mii
	cmp.eq p53,p54=-127,r3
	cmp.eq.unc p55,p56=0,r4
	cmp.ne p57,p58=5,r3
	;;
}
{ .mmi
	cmp.ne p59,p60=-1,r3
	cmp.ne p61,p62=127,r3
	cmp.ne p1,p2=-127,r3
	;;
}
{ .mii
	cmp.ne.unc p3,p4=0,r4
	cmp.lt p5,p6=5,r3
	cmp.lt p7,p8=-1,r3
	;;
}
{ .mmi
	cmp.lt p9,p10=127,r3
	cmp.lt p11,p12=-127,r3
	cmp.lt.unc p13,p14=0,r4
	;;
}
{ .mii
	cmp.le p15,p16=5,r3
	cmp.le p17,p18=-1,r3
	cmp.le p19,p20=128,r3
	;;
}
{ .mmi
	cmp.le p21,p22=-126,r3
	cmp.le.unc p23,p24=0,r4
	cmp.gt p25,p26=5,r3
	;;
}
{ .mii
	cmp.gt p27,p28=-1,r3
	cmp.gt p29,p30=128,r3
	cmp.gt p31,p32=-126,r3
	;;
}
{ .mmi
	cmp.gt.unc p33,p34=0,r4
	cmp.ge p35,p36=5,r3
	cmp.ge p37,p38=-1,r3
	;;
}
{ .mii
	cmp.ge p39,p40=127,r3
	cmp.ge p41,p42=-127,r3
	cmp.ge.unc p43,p44=0,r4
	;;
}
{ .mmi
	cmp.ltu p45,p46=5,r3
	cmp.ltu p47,p48=-1,r3
	cmp.ltu p49,p50=127,r3
	;;
}
{ .mii
	cmp.ltu p51,p52=-127,r3
	cmp.ltu.unc p53,p54=0,r4
	cmp.leu p55,p56=5,r3
	;;
}
{ .mmi
	cmp.leu p57,p58=-1,r3
	cmp.leu p59,p60=128,r3
	cmp.leu p61,p62=-126,r3
	;;
}
{ .mii
	cmp.leu.unc p1,p2=1,r4
	cmp.gtu p3,p4=5,r3
	cmp.gtu p5,p6=-1,r3
	;;
}
{ .mmi
	cmp.gtu p7,p8=128,r3
	cmp.gtu p9,p10=-126,r3
	cmp.gtu.unc p11,p12=1,r4
	;;
}
{ .mii
	cmp.geu p13,p14=5,r3
	cmp.geu p15,p16=-1,r3
	cmp.geu p17,p18=127,r3
	;;
}
{ .mmi
	cmp.geu p19,p20=-127,r3
	cmp.geu.unc p21,p22=0,r4
	cmp.eq.and p23,p24=-128,r6
	;;
}
{ .mii
	cmp.eq.and p25,p26=9,r7
	cmp.eq.or p27,p28=-128,r6
	cmp.eq.or p29,p30=9,r7
	;;
}
{ .mmi
	cmp.eq.or.andcm p31,p32=-128,r6
	cmp.eq.or.andcm p33,p34=9,r7
	cmp.eq.andcm p35,p36=-128,r6
	;;
}
{ .mii
	cmp.eq.andcm p37,p38=9,r7
	cmp.eq.orcm p39,p40=-128,r6
	cmp.eq.orcm p41,p42=9,r7
	;;
}
{ .mmi
	cmp.eq.and.orcm p43,p44=-128,r6
	cmp.eq.and.orcm p45,p46=9,r7
	cmp.ne.and p47,p48=-128,r6
	;;
}
{ .mii
	cmp.ne.and p49,p50=9,r7
	cmp.ne.or p51,p52=-128,r6
	cmp.ne.or p53,p54=9,r7
	;;
}
{ .mmi
	cmp.ne.or.andcm p55,p56=-128,r6
	cmp.ne.or.andcm p57,p58=9,r7
	cmp.ne.andcm p59,p60=-128,r6
	;;
}
{ .mii
	cmp.ne.andcm p61,p62=9,r7
	cmp.ne.orcm p1,p2=-128,r6
	cmp.ne.orcm p3,p4=9,r7
	;;
}
{ .mmi
	cmp.ne.and.orcm p5,p6=-128,r6
	cmp.ne.and.orcm p7,p8=9,r7
	cmp4.eq p9,p10=5,r3
	;;
}
{ .mii
	cmp4.eq p11,p12=-1,r3
	cmp4.eq p13,p14=127,r3
	cmp4.eq p15,p16=-127,r3
	;;
}
{ .mmi
	cmp4.eq.unc p17,p18=0,r4
	cmp4.ne p19,p20=5,r3
	cmp4.ne p21,p22=-1,r3
	;;
}
{ .mii
	cmp4.ne p23,p24=127,r3
	cmp4.ne p25,p26=-127,r3
	cmp4.ne.unc p27,p28=0,r4
	;;
}
{ .mmi
	cmp4.lt p29,p30=5,r3
	cmp4.lt p31,p32=-1,r3
	cmp4.lt p33,p34=127,r3
	;;
}
{ .mii
	cmp4.lt p35,p36=-127,r3
	cmp4.lt.unc p37,p38=0,r4
	cmp4.le p39,p40=5,r3
	;;
}
{ .mmi
	cmp4.le p41,p42=-1,r3
	cmp4.le p43,p44=128,r3
	cmp4.le p45,p46=-126,r3
	;;
}
{ .mii
	cmp4.le.unc p47,p48=0,r4
	cmp4.gt p49,p50=5,r3
	cmp4.gt p51,p52=-1,r3
	;;
}
{ .mmi
	cmp4.gt p53,p54=128,r3
	cmp4.gt p55,p56=-126,r3
	cmp4.gt.unc p57,p58=0,r4
	;;
}
{ .mii
	cmp4.ge p59,p60=5,r3
	cmp4.ge p61,p62=-1,r3
	cmp4.ge p1,p2=127,r3
	;;
}
{ .mmi
	cmp4.ge p3,p4=-127,r3
	cmp4.ge.unc p5,p6=0,r4
	cmp4.ltu p7,p8=5,r3
	;;
}
{ .mii
	cmp4.ltu p9,p10=-1,r3
	cmp4.ltu p11,p12=127,r3
	cmp4.ltu p13,p14=-127,r3
	;;
}
{ .mmi
	cmp4.ltu.unc p15,p16=0,r4
	cmp4.leu p17,p18=5,r3
	cmp4.leu p19,p20=-1,r3
	;;
}
{ .mii
	cmp4.leu p21,p22=128,r3
	cmp4.leu p23,p24=-126,r3
	cmp4.leu.unc p25,p26=1,r4
	;;
}
{ .mmi
	cmp4.gtu p27,p28=5,r3
	cmp4.gtu p29,p30=-1,r3
	cmp4.gtu p31,p32=128,r3
	;;
}
{ .mii
	cmp4.gtu p33,p34=-126,r3
	cmp4.gtu.unc p35,p36=1,r4
	cmp4.geu p37,p38=5,r3
	;;
}
{ .mmi
	cmp4.geu p39,p40=-1,r3
	cmp4.geu p41,p42=127,r3
	cmp4.geu p43,p44=-127,r3
	;;
}
{ .mii
	cmp4.geu.unc p45,p46=0,r4
	cmp4.eq.and p47,p48=-128,r6
	cmp4.eq.and p49,p50=9,r7
	;;
}
{ .mmi
	cmp4.eq.or p51,p52=-128,r6
	cmp4.eq.or p53,p54=9,r7
	cmp4.eq.or.andcm p55,p56=-128,r6
	;;
}
{ .mii
	cmp4.eq.or.andcm p57,p58=9,r7
	cmp4.eq.andcm p59,p60=-128,r6
	cmp4.eq.andcm p61,p62=9,r7
	;;
}
{ .mmi
	cmp4.eq.orcm p1,p2=-128,r6
	cmp4.eq.orcm p3,p4=9,r7
	cmp4.eq.and.orcm p5,p6=-128,r6
	;;
}
{ .mii
	cmp4.eq.and.orcm p7,p8=9,r7
	cmp4.ne.and p9,p10=-128,r6
	cmp4.ne.and p11,p12=9,r7
	;;
}
{ .mmi
	cmp4.ne.or p13,p14=-128,r6
	cmp4.ne.or p15,p16=9,r7
	cmp4.ne.or.andcm p17,p18=-128,r6
	;;
}
{ .mii
	cmp4.ne.or.andcm p19,p20=9,r7
	cmp4.ne.andcm p21,p22=-128,r6
	cmp4.ne.andcm p23,p24=9,r7
	;;
}
{ .mmi
	cmp4.ne.orcm p25,p26=-128,r6
	cmp4.ne.orcm p27,p28=9,r7
	cmp4.ne.and.orcm p29,p30=-128,r6
	;;
}
{ .mii
	cmp4.ne.and.orcm p31,p32=9,r7
	cmp.eq p63,p62=r127,r126
	cmp.lt p1,p60=-128,r127
	;;
}
{ .mmi
	cmp4.ne.or p0,p61=r0,r127
	add r31=r0,r0
	add r30=r0,r0
	;;
}

// A9: multimedia ALU, every size and completer
{ .mii
	padd1 r126=r2,r3
	psub1 r32=r4,r5
	padd1.sss r33=r2,r3
	;;
}
{ .mmi
	psub1.sss r34=r4,r5
	padd1.uuu r35=r2,r3
	psub1.uuu r36=r4,r5
	;;
}
{ .mii
	padd1.uus r37=r2,r3
	psub1.uus r38=r4,r5
	pavg1 r39=r2,r3
	;;
}
{ .mmi
	pavg1.raz r40=r4,r5
	pavgsub1 r41=r6,r7
	padd2 r42=r2,r3
	;;
}
{ .mii
	psub2 r43=r4,r5
	padd2.sss r44=r2,r3
	psub2.sss r45=r4,r5
	;;
}
{ .mmi
	padd2.uuu r46=r2,r3
	psub2.uuu r47=r4,r5
	padd2.uus r48=r2,r3
	;;
}
{ .mii
	psub2.uus r49=r4,r5
	pavg2 r50=r2,r3
	pavg2.raz r51=r4,r5
	;;
}
{ .mmi
	pavgsub2 r52=r6,r7
	pcmp1.eq r53=r2,r3
	pcmp1.gt r54=r4,r5
	;;
}
{ .mii
	pcmp2.eq r55=r2,r3
	pcmp2.gt r56=r4,r5
	pcmp4.eq r57=r2,r3
	;;
}
{ .mmi
	pcmp4.gt r58=r4,r5
	padd4 r59=r2,r3
	psub4 r60=r4,r5
	;;
}

// A10: multimedia shift and add, every count
{ .mii
	pshladd2 r61=r2,1,r3
	pshradd2 r62=r4,1,r5
	pshladd2 r63=r2,2,r3
	;;
}
{ .mmi
	pshradd2 r64=r4,2,r5
	pshladd2 r65=r2,3,r3
	pshradd2 r66=r4,3,r5
	;;
}

// qualifying predicates
{ .mii
	(p1) add r67=r2,r3
	(p1) cmp.eq p33,p34=r2,r3
	(p1) mov r69=-5
	;;
}
{ .mmi
	(p6) add r70=r2,r3
	(p6) cmp.eq p35,p36=r2,r3
	(p6) mov r72=-5
	;;
}
{ .mii
	(p15) add r73=r2,r3
	(p15) cmp.eq p37,p38=r2,r3
	(p15) mov r75=-5
	;;
}
{ .mmi
	(p16) add r76=r2,r3
	(p16) cmp.eq p39,p40=r2,r3
	(p16) mov r78=-5
	;;
}
{ .mii
	(p63) add r79=r2,r3
	(p63) cmp.eq p41,p42=r2,r3
	(p63) mov r81=-5
	;;
}
