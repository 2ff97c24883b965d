// finding: R1-cancel-in-teardown-goes-on
// seed: 1000116
// expect `take 2 mid 1 cancel` => item Ok(5) item Ok(9) t7 gaveup w8- t7. cancel=Ok
// expect `take 2 mid 2 cancel` => item Ok(5) item Ok(9) t7 gaveup w8- t7. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    match ctx.pick(1, 1, 3) {
        0 => {
            teardown! {
                ctx.log("t2");
                ctx.log("t2.");
            }
            tokio::join!(async { W::new(&ctx, 3, 2).await; ctx.log("j3"); }, async { W::new(&ctx, 4, 0).await; ctx.log("j4"); });
        }
        1 => {
            yield_!(Ok(5));
            'l6: {
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 2).await;
                    ctx.log("t7.");
                }
                yield_!(Ok(9));
            }
            tokio::join!(async { W::new(&ctx, 10, 3).await; ctx.log("j10"); }, W::new(&ctx, 11, 0));
        }
        _ => {
            tokio::select! {
                _ = W::new(&ctx, 12, 1) => {
                    let mut c13 = 0;
                    'l13: while c13 < 3 {
                        c13 += 1;
                        ctx.check(14, 0b110, 4)?;
                    }
                }
                _ = W::new(&ctx, 15, 2) => {
                    ctx.log("s16");
                }
                else => {
                    ctx.log("s17");
                }
            }
        }
    }
}
