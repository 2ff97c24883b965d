// finding: R1-cancel-in-teardown-goes-on
// seed: 1000173
// expect `take 1 mid 1 cancel` => s13 t11 w12- t11. m4=24 w5- item 8 s10 t9 t9. t6 gaveup w7- t6. t2 t2. t18 t18. cancel
// expect `take 1 mid 2 cancel` => s13 t11 w12- t11. m4=24 w5- item 8 s10 t9 t9. t6 gaveup w7- t6. t2 t2. t18 t18. cancel
// expect `take 2 mid 1 cancel` => s13 t11 w12- t11. m4=24 w5- item 8 s10 t9 t9. t6 w7- t6. m4=12 s13 t11 w12- t11. m4=24 b3=37 b14=18 t2 t2. w5- item 8 s10 t9 t9. t6 gaveup w7- t6. t2 t2. t18 t18. cancel
// expect `take 2 mid 2 cancel` => s13 t11 w12- t11. m4=24 w5- item 8 s10 t9 t9. t6 w7- t6. m4=12 s13 t11 w12- t11. m4=24 b3=37 b14=18 t2 t2. w5- item 8 s10 t9 t9. t6 gaveup w7- t6. t2 t2. t18 t18. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t18");
        ctx.log("t18.");
    }
    let mut c1 = 0;
    let b1: u32 = loop {
        c1 += 1;
        if c1 > 3 { break 8; }
        teardown! {
            ctx.log("t2");
            ctx.log("t2.");
        }
        let mut c3 = 0;
        let b3: u32 = loop {
            c3 += 1;
            if c3 > 3 { break 37; }
            let m4: u32 = match ctx.pick(4, 1, 2) {
                0 => {
                    W::new(&ctx, 5, 1).await;
                    teardown! {
                        ctx.log("t6");
                        W::new(&ctx, 7, 2).await;
                        ctx.log("t6.");
                    }
                    yield_!(8);
                    teardown! {
                        ctx.log("t9");
                        ctx.log("t9.");
                    }
                    ctx.log("s10");
                    12
                }
                _ => {
                    teardown! {
                        ctx.log("t11");
                        W::new(&ctx, 12, 0).await;
                        ctx.log("t11.");
                    }
                    ctx.log("s13");
                    24
                }
            };
            ctx.log(format!("m4={m4}"));
        };
        ctx.log(format!("b3={b3}"));
        let mut c14 = 0;
        let b14: u32 = 'l14: loop {
            c14 += 1;
            if c14 > 0 { break 18; }
            ctx.log("s15");
        };
        ctx.log(format!("b14={b14}"));
    };
    ctx.log(format!("b1={b1}"));
    teardown! {
        ctx.log("t16");
        ctx.log("t16.");
    }
    ctx.log("s17");
}
