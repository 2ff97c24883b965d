// finding: R8-cancel-in-futures-join
// seed: 1000208
// expect `take 0 mid 1 cancel` => w3- gaveup w4x w5x t28 t28. cancel
// expect `take 0 mid 2 cancel` => w3- gaveup w4x w5x t28 t28. cancel
// expect `take 0 mid 3 cancel` => w3- w4- gaveup w5x t28 t28. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t28");
        ctx.log("t28.");
    }
    let mut c1 = 0;
    loop {
        c1 += 1;
        if c1 > 2 { break; }
        if ctx.ch(2, 0b11, 2) {
            futures::join!(W::new(&ctx, 3, 0), W::new(&ctx, 4, 2), async { W::new(&ctx, 5, 3).await; ctx.log("j5"); });
            let mut c6 = 0;
            'l6: loop {
                c6 += 1;
                if c6 > 0 { break; }
                ctx.log("s7");
                yield_!(8);
            }
        } else {
            let mut c9 = 0;
            'l9: loop {
                c9 += 1;
                if c9 > 1 { break; }
                yield_!(10);
                W::new(&ctx, 11, 3).await;
            }
        }
        match ctx.pick(12, 2, 3) {
            0 => {
                W::new(&ctx, 13, 2).await;
                let mut c14 = 0;
                'l14: loop {
                    c14 += 1;
                    if c14 > 3 { break; }
                    teardown! {
                        ctx.log("t15");
                        W::new(&ctx, 16, 1).await;
                        ctx.log("t15.");
                    }
                    teardown! {
                        ctx.log("t17");
                        ctx.log("t17.");
                    }
                    futures::join!(W::new(&ctx, 18, 3), async { W::new(&ctx, 19, 2).await; ctx.log("j19"); }, W::new(&ctx, 20, 0));
                    futures::join!(async { W::new(&ctx, 21, 1).await; ctx.log("j21"); }, async { W::new(&ctx, 22, 0).await; ctx.log("j22"); }, async { W::new(&ctx, 23, 3).await; ctx.log("j23"); });
                }
                let mut c24 = 0;
                let b24: u32 = 'l24: loop {
                    c24 += 1;
                    if c24 > 0 { break 39; }
                    ctx.log("s25");
                };
                ctx.log(format!("b24={b24}"));
            }
            1 => {
                ctx.log("s26");
            }
            _ => {
                ctx.log("s27");
            }
        }
    }
}
