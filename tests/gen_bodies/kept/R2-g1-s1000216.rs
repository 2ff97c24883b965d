// finding: R2-cancel-in-join
// seed: 1000216
// expect `take 0 mid 1 cancel` => s2 w6- j6 gaveup w5x w7x t1 t1. t32 t32. cancel
// expect `take 0 mid 2 cancel` => s2 w6- j6 gaveup w5x w7x t1 t1. t32 t32. cancel
// expect `take 0 mid 3 cancel` => s2 w6- j6 w7- j7 gaveup w5x t1 t1. t32 t32. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t32");
        ctx.log("t32.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    ctx.log("s2");
    'l3: {
        let mut c4 = 0;
        let b4: u32 = 'l4: loop {
            c4 += 1;
            if c4 > 2 { break 38; }
            tokio::join!(W::new(&ctx, 5, 3), async { W::new(&ctx, 6, 0).await; ctx.log("j6"); }, async { W::new(&ctx, 7, 2).await; ctx.log("j7"); });
            let mut c8 = 0;
            let b8: u32 = 'l8: loop {
                c8 += 1;
                if c8 > 0 { break 2; }
                teardown! {
                    ctx.log("t9");
                    ctx.log("t9.");
                }
                ctx.log("s10");
            };
            ctx.log(format!("b8={b8}"));
        };
        ctx.log(format!("b4={b4}"));
    }
    let m11: u32 = match ctx.pick(11, 1, 2) {
        0 => {
            tokio::join!(async { W::new(&ctx, 12, 1).await; ctx.log("j12"); }, W::new(&ctx, 13, 2));
            return;
            ctx.log("s14");
            return;
        }
        _ => {
            teardown! {
                ctx.log("t15");
                ctx.log("t15.");
            }
            match ctx.pick(16, 0, 2) {
                0 => {
                    tokio::select! {
                        _ = W::new(&ctx, 17, 3), if ctx.ch(27, 0b0, 1) => {
                            yield_!(18);
                            tokio::join!(W::new(&ctx, 19, 3), async { W::new(&ctx, 20, 2).await; ctx.log("j20"); });
                            yield_!(21);
                            tokio::join!(async { W::new(&ctx, 22, 0).await; ctx.log("j22"); }, W::new(&ctx, 23, 2));
                            return;
                        }
                        _ = W::new(&ctx, 24, 1) => {
                            W::new(&ctx, 25, 3).await;
                            yield_!(26);
                        }
                        else => {
                            W::new(&ctx, 28, 0).await;
                            ctx.log("s29");
                        }
                    }
                }
                _ => {
                    {
                        ctx.log("s31");
                    }
                }
            }
            43
        }
    };
    ctx.log(format!("m11={m11}"));
}
