// finding: R9-cancel-in-futures-select
// seed: 1000021
// expect `take 0 mid 1 cancel` => gaveup w1x w16x w18x t20 t20. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t20");
        ctx.log("t20.");
    }
    futures::select_biased! {
        _ = W::new(&ctx, 1, 2).fuse() => {
            for _ in 0..3 {
                let m3: u32 = match ctx.pick(3, 2, 3) {
                    0 => {
                        ctx.check(4, 0b0, 4)?;
                        return;
                    }
                    1 => {
                        yield_!(Ok(5));
                        yield_!(Ok(6));
                        W::new(&ctx, 7, 3).await;
                        11
                    }
                    _ => {
                        ctx.log("s8");
                        yield_!(Ok(9));
                        ctx.check(10, 0b0, 1)?;
                        futures::join!(W::new(&ctx, 11, 1), W::new(&ctx, 12, 2), W::new(&ctx, 13, 3));
                        27
                    }
                };
                ctx.log(format!("m3={m3}"));
                let mut c14 = 0;
                loop {
                    c14 += 1;
                    if c14 > 0 { break; }
                    W::new(&ctx, 15, 2).await;
                    continue;
                }
                continue;
            }
            return;
        }
        _ = W::new(&ctx, 16, 1).fuse() => {
            ctx.log("s17");
        }
        _ = W::new(&ctx, 18, 2).fuse() => {
            ctx.log("s19");
        }
    }
}
